package app.spotter.client.templates;

import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Platform;
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
    private final TemplateEditor editor;
    private final String id;
    private final EditorFields fields = new EditorFields();
    private HTMLElement root;
    private boolean left;
    private final FocusReturn opener = new FocusReturn();
    private boolean asking;
    // Where the keyboard goes after the next draw: a moved exercise's arrow at its new place.
    private String[] focusNext;

    /** {@code id} is the template to edit, or "" for a new one. */
    public TemplateEditorView(Platform platform, String id) {
        this.editor = new TemplateEditor(new TemplateApi(platform.http()), platform.router());
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
        Dom.clear(root);
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
        Dom.append(root, page);
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
        HTMLElement name = fields.text(FieldPaths.NAME, form.draft().name, form::editName);
        name.setAttribute("placeholder", "e.g. Push day");
        Dom.append(page, fields.labelled("Template name", name, "template-name-field"));
        HTMLElement exercises = Dom.el("ol", "exercise-list");
        for (int i = 0; i < form.draft().exercises.size(); i++) {
            Dom.append(exercises, exercise(form, i, saving));
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

    private HTMLElement exercise(TemplateForm form, int i, boolean saving) {
        ExerciseDraft draft = form.draft().exercises.get(i);
        int count = form.draft().exercises.size();
        String which = "exercise " + (i + 1);
        HTMLElement tools = Dom.append(Dom.el("div", "exercise-tools"),
                Buttons.disabledIf(saving || i == 0, Buttons.icon("\u2191", "Move " + which + " up", "move-up",
                        () -> moveExercise(form, i, -1))),
                Buttons.disabledIf(saving || i == count - 1, Buttons.icon("\u2193", "Move " + which + " down",
                        "move-down", () -> moveExercise(form, i, 1))),
                Buttons.disabledIf(saving, Buttons.icon("\u2715", "Remove " + which, "remove-exercise",
                        () -> act(() -> form.removeExercise(i)))));
        HTMLElement head = Dom.append(Dom.el("div", "exercise-head"),
                Dom.text("span", "exercise-number", Integer.toString(i + 1)), tools);
        HTMLElement name = fields.text(FieldPaths.exerciseName(i), draft.name, text -> form.editExerciseName(i, text));
        name.setAttribute("placeholder", "e.g. Bench press");
        HTMLElement rest = fields.number(FieldPaths.rest(i), draft.rest, "numeric",
                text -> form.editRest(i, text));
        HTMLElement sets = Dom.append(Dom.el("div", "set-table"), Dom.append(Dom.el("div", "set-row set-head"),
                Dom.text("span", "", "Set"), Dom.text("span", "", "Reps"), Dom.text("span", "", "kg"),
                Dom.el("span", "")));
        for (int s = 0; s < draft.sets.size(); s++) {
            Dom.append(sets, set(form, i, s, saving));
        }
        return Dom.append(Dom.el("li", "exercise-card"), head,
                fields.labelled("Exercise", name, ""),
                fields.labelled("Rest between sets (seconds)", rest, "rest-field"),
                sets, fields.errorSlot(FieldPaths.sets(i)),
                Buttons.disabledIf(saving || !form.canAddSet(i), Buttons.styled("btn-add", "+ Add set", "add-set",
                        () -> act(() -> form.addSet(i)))));
    }

    private HTMLElement set(TemplateForm form, int i, int s, boolean saving) {
        SetDraft draft = form.draft().exercises.get(i).sets.get(s);
        String which = "Set " + (s + 1);
        HTMLElement reps = fields.number(FieldPaths.reps(i, s), draft.reps, "numeric",
                text -> form.editReps(i, s, text));
        reps.setAttribute("aria-label", which + " reps");
        HTMLElement weight = fields.number(FieldPaths.weight(i, s), draft.weight, "decimal",
                text -> form.editWeight(i, s, text));
        weight.setAttribute("aria-label", which + " weight in kg");
        HTMLElement row = Dom.append(Dom.el("div", "set-row"), Dom.text("span", "set-number", Integer.toString(s + 1)),
                reps, weight, Buttons.disabledIf(saving, Buttons.icon("\u2715", "Remove set " + (s + 1),
                        "remove-set", () -> act(() -> form.removeSet(i, s)))));
        return Dom.append(Dom.el("div", "set"), row, fields.errorSlot(FieldPaths.reps(i, s)),
                fields.errorSlot(FieldPaths.weight(i, s)));
    }

    /** Every button ends here: change the state, then draw it. */
    /** Moves an exercise; the keyboard follows it to its new place, on the same arrow. */
    private void moveExercise(TemplateForm form, int i, int step) {
        focusNext = new String[] {Focus.byPlace(step < 0 ? "move-up" : "move-down", i + step),
            Focus.byPlace(step < 0 ? "move-down" : "move-up", i + step)};
        act(() -> form.moveExercise(i, step));
    }

    private void act(Runnable action) {
        action.run();
        draw();
    }
}
