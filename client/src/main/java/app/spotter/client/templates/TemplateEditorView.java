package app.spotter.client.templates;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.View;
import app.spotter.client.catalog.KnownExercises;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The template editor screen ({@code /workouts/new}, {@code /workouts/{id}/edit}). {@link #draw} rebuilds the
 * screen from the {@link TemplateEditor}'s state after every structural change; typing only updates the state and
 * the error messages ({@link EditorFields#showErrors}), so the box being typed into keeps its focus and caret.
 */
public final class TemplateEditorView implements View {
    static final String NAMES_LIST = "template-exercise-names";
    private final TemplateEditor editor;
    private final KnownExercises catalogSource;
    private final String id;
    private final EditorFields fields = new EditorFields();
    private HTMLElement root;
    private boolean left;
    private final FocusReturn opener = new FocusReturn();
    private boolean asking;
    // Where the keyboard goes after the next draw: a moved exercise's arrow at its new place.
    private String[] focusNext;

    /** {@code id} is the template to edit, or "" for a new one. */
    public TemplateEditorView(Platform platform, StorageKeys keys, String id) {
        this.editor = new TemplateEditor(new TemplateApi(platform.http()), platform.router(),
                new UnitSetting(platform.storage()).unit());
        this.catalogSource = KnownExercises.of(platform, keys);
        this.id = id;
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        editor.onChange(this::draw);
        editor.open(id);
        draw();
    }

    @Override
    public void leave() {
        left = true;
        editor.close();
    }

    private void draw() {
        if (left) {
            // An action moved to another screen, which owns the root now.
            return;
        }
        String had = Focus.currentKey();
        fields.reset(editor.form());
        HTMLElement page = Dom.el("section", "page editor");
        Dom.append(page, Focus.title(editor.isNew() ? "New template" : "Edit template"),
                fields.problemBanner());
        switch (editor.status()) {
            case LOADING:
                Dom.append(page, Dom.text("p", "muted", "Loading the template\u2026"));
                break;
            case LOAD_FAILED:
                Dom.append(page, Dom.append(Dom.el("div", "form-actions"),
                        Buttons.styled("btn-quiet", "Back to workouts", "cancel", () -> act(editor::cancel)),
                        Buttons.styled("btn-primary", "Try again", "retry", () -> act(() -> editor.open(id)))));
                break;
            default:
                form(page);
        }
        // Built aside and swapped in at once: a redraw (the catalog or the custom exercises arriving) never leaves
        // the screen empty for a moment.
        Dom.replaceContent(root, page);
        fields.showErrors(editor.problem());
        fields.focus(editor.status() == TemplateEditor.Status.EDITING);
        if (editor.discardAsked()) {
            if (!asking) {
                asking = true;
                opener.remember(had);
            }
            Modal.show(root, Modal.of("Discard changes?", "What you changed in this template will be lost.",
                    () -> act(editor::keepEditing),
                    Buttons.styled("btn-quiet", "Keep editing", "keep-editing", () -> act(editor::keepEditing)),
                    Buttons.styled("btn-danger", "Discard", "discard", editor::discard)));
        } else if (asking) {
            asking = false;
            opener.giveBack();
        } else if (focusNext != null) {
            String[] keys = focusNext;
            focusNext = null;
            Focus.restore(keys);
        } else if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private void form(HTMLElement page) {
        TemplateForm form = editor.form();
        boolean saving = editor.status() == TemplateEditor.Status.SAVING;
        HTMLElement name = fields.text(FieldPaths.NAME, form.typed().name, form::editName);
        name.setAttribute("placeholder", "e.g. Push day");
        HTMLElement note = fields.textArea(FieldPaths.NOTE, form.typed().note, form::editNote);
        Dom.append(page, fields.labelled("Template name", name, "template-name-field"),
                fields.labelled("Note (optional)", note, "template-note-field"));
        ExerciseCatalog catalog = catalogSource.get(this::draw);
        if (catalog != null) {
            Dom.append(page, suggestions(catalog));
        }
        ExerciseEditor cards = new ExerciseEditor(form, fields, catalog, saving, new ExerciseEditor.Actions() {
            @Override
            public void act(Runnable change) {
                TemplateEditorView.this.act(change);
            }

            @Override
            public void move(int exercise, int step) {
                moveExercise(form, exercise, step);
            }
        });
        HTMLElement exercises = Dom.el("ol", "exercise-list");
        for (int i = 0; i < form.typed().exercises.size(); i++) {
            Dom.append(exercises, cards.card(i));
        }
        Dom.append(page, exercises, fields.errorSlot(FieldPaths.EXERCISES),
                Buttons.disabledIf(saving || !form.canAddExercise(), Buttons.styled("btn-add", "+ Add exercise",
                        "add-exercise", () -> act(form::addExercise))));
        HTMLElement actions = Dom.append(Dom.el("div", "form-actions form-actions-sticky"),
                fields.summary(),
                Buttons.styled("btn-quiet", "Cancel", "cancel", () -> act(editor::cancel)),
                Buttons.disabledIf(saving, Buttons.styled("btn-primary", saving ? "Saving\u2026" : "Save", "save",
                        () -> act(editor::save))));
        Dom.append(page, actions);
    }

    /** The catalog's names, offered by every exercise name box. */
    private static HTMLElement suggestions(ExerciseCatalog catalog) {
        HTMLElement list = Dom.el("datalist", "");
        list.setId(NAMES_LIST);
        for (CatalogExercise known : catalog.all()) {
            HTMLElement option = Dom.el("option", "");
            option.setAttribute("value", known.name());
            Dom.append(list, option);
        }
        return list;
    }

    /** Moves an exercise; the keyboard follows it to its new place, on the same arrow. */
    private void moveExercise(TemplateForm form, int i, int step) {
        focusNext = new String[] {Focus.byPlace(step < 0 ? "move-up" : "move-down", i + step),
            Focus.byPlace(step < 0 ? "move-down" : "move-up", i + step)};
        act(() -> form.moveExercise(i, step));
    }

    /** Every button ends here: change the state, then draw it. */
    private void act(Runnable action) {
        action.run();
        draw();
    }
}
