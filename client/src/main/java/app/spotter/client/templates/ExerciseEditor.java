package app.spotter.client.templates;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.catalog.ExerciseMatches;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Draws one exercise card of the template editor: name (with the catalog's suggestions), kind, rest, note, the
 * superset tick, and its sets, each with a type and the target boxes its kind takes and nothing else.
 */
final class ExerciseEditor {
    /** What the card's buttons ask of the screen: run a change and draw, or move an exercise. */
    interface Actions {
        void act(Runnable change);

        void move(int exercise, int step);
    }

    private final TemplateForm form;
    private final EditorFields fields;
    private final ExerciseCatalog catalog;
    private final boolean saving;
    private final Actions actions;

    ExerciseEditor(TemplateForm form, EditorFields fields, ExerciseCatalog catalog, boolean saving,
                   Actions actions) {
        this.form = form;
        this.fields = fields;
        this.catalog = catalog;
        this.saving = saving;
        this.actions = actions;
    }

    HTMLElement card(int i) {
        TypedExercise typed = form.typed().exercises.get(i);
        int count = form.typed().exercises.size();
        String which = "exercise " + (i + 1);
        HTMLElement tools = Dom.append(Dom.el("div", "exercise-tools"),
                Buttons.disabledIf(saving || i == 0, Buttons.icon("\u2191", "Move " + which + " up", "move-up",
                        () -> actions.move(i, -1))),
                Buttons.disabledIf(saving || i == count - 1, Buttons.icon("\u2193", "Move " + which + " down",
                        "move-down", () -> actions.move(i, 1))),
                Buttons.disabledIf(saving, Buttons.icon("\u2715", "Remove " + which, "remove-exercise",
                        () -> actions.act(() -> form.removeExercise(i)))));
        HTMLElement head = Dom.append(Dom.el("div", "exercise-head"),
                Dom.text("span", "exercise-number", Integer.toString(i + 1)), tools);
        HTMLInputElement name = fields.text(FieldPaths.exerciseName(i), typed.name,
                text -> form.editExerciseName(i, text));
        name.setAttribute("placeholder", "e.g. Bench press");
        if (catalog != null) {
            name.setAttribute("list", TemplateEditorView.NAMES_LIST);
            Dom.onChange(name, () -> {
                if (form.suggestKind(i, catalog)) {
                    actions.act(() -> { });
                }
            });
        }
        HTMLElement kind = fields.select(FieldPaths.kind(i), KindText.kindValues(), KindText.kindLabels(),
                typed.kind.wireName(), value -> actions.act(() -> form.editKind(i, ExerciseKind.fromWire(value))));
        HTMLInputElement rest = fields.text(FieldPaths.rest(i), typed.rest, text -> form.editRest(i, text));
        rest.setAttribute("placeholder", "1:30");
        HTMLInputElement restMax = fields.text(FieldPaths.restMax(i), typed.restMax,
                text -> form.editRestMax(i, text));
        restMax.setAttribute("placeholder", "none");
        HTMLElement note = fields.textArea(FieldPaths.exerciseNote(i), typed.note,
                text -> form.editExerciseNote(i, text));
        HTMLElement li = Dom.append(Dom.el("li", typed.supersetWithAbove && i > 0 ? "exercise-card in-superset"
                : "exercise-card"), head);
        if (i > 0) {
            Dom.append(li, fields.checkbox(FieldPaths.supersetGroup(i), typed.supersetWithAbove,
                    "Superset with exercise " + i + " (above)", ticked -> actions.act(() -> form.editSuperset(i,
                            ticked))));
        }
        Dom.append(li, fields.labelled("Exercise", name, ""));
        if (catalog != null) {
            Dom.append(li, ExerciseMatches.under(name, catalog, known -> actions.act(() -> {
                form.editExerciseName(i, known.name());
                form.suggestKind(i, catalog);
            })));
        }
        Dom.append(li, fields.labelled("Kind", kind, "kind-field"),
                restWindow(rest, restMax),
                fields.labelled("Note for " + which + " (optional)", note, "note-field"),
                sets(i, typed), fields.errorSlot(FieldPaths.sets(i)),
                Buttons.disabledIf(saving || !form.canAddSet(i), Buttons.styled("btn-add", "+ Add set", "add-set",
                        () -> actions.act(() -> form.addSet(i)))));
        return li;
    }

    // Two boxes side by side, "Rest 2:00" and "up to 3:00": on a phone each is one short thing to type.
    private HTMLElement restWindow(HTMLInputElement rest, HTMLInputElement restMax) {
        rest.getClassList().add("field-number");
        restMax.getClassList().add("field-number");
        HTMLElement group = Dom.append(Dom.el("div", "rest-window"),
                fields.labelled("Rest between sets (m:ss)", rest, "rest-field"),
                fields.labelled("Up to (m:ss, optional)", restMax, "rest-max-field"));
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Rest between sets: a time, or a window from it up to a longest time");
        return group;
    }

    private HTMLElement sets(int i, TypedExercise typed) {
        HTMLElement head = Dom.append(Dom.el("div", "set-row set-head"), Dom.text("span", "", "Set"),
                Dom.text("span", "", "Type"));
        for (String column : columns(typed.kind)) {
            Dom.append(head, Dom.text("span", "", column));
        }
        Dom.append(head, Dom.el("span", ""));
        HTMLElement table = Dom.append(Dom.el("div", "set-table set-table-" + typed.kind.wireName()), head);
        for (int s = 0; s < typed.sets.size(); s++) {
            Dom.append(table, set(i, s, typed));
        }
        return table;
    }

    private String[] columns(ExerciseKind kind) {
        List<String> names = new ArrayList<>();
        if (kind.takesWeight()) {
            names.add(KindText.weight(kind, form.typed().unit));
        }
        if (kind.takesReps()) {
            names.add("Reps");
        }
        if (kind.takesDistance()) {
            names.add("Metres");
        }
        if (kind.takesDuration()) {
            names.add("Seconds");
        }
        return names.toArray(new String[0]);
    }

    private HTMLElement set(int i, int s, TypedExercise exercise) {
        TypedSet typed = exercise.sets.get(s);
        String which = "Set " + (s + 1);
        HTMLElement type = fields.select(FieldPaths.type(i, s), KindText.typeValues(), KindText.typeLabels(),
                typed.type.wireName(), value -> form.editSetType(i, s, SetType.fromWire(value)));
        type.setAttribute("aria-label", which + " type");
        HTMLElement row = Dom.append(Dom.el("div", "set-row"), Dom.text("span", "set-number",
                Integer.toString(s + 1)), type);
        ExerciseKind kind = exercise.kind;
        if (kind.takesWeight()) {
            Dom.append(row, box(FieldPaths.weight(i, s), typed.weight, "decimal",
                    which + " " + KindText.weightName(kind, form.typed().unit), text -> form.editWeight(i, s, text)));
        }
        if (kind.takesReps()) {
            Dom.append(row, box(FieldPaths.reps(i, s), typed.reps, "numeric", which + " reps",
                    text -> form.editReps(i, s, text)));
        }
        if (kind.takesDistance()) {
            Dom.append(row, box(FieldPaths.distance(i, s), typed.metres, "decimal", which + " distance in metres",
                    text -> form.editMetres(i, s, text)));
        }
        if (kind.takesDuration()) {
            Dom.append(row, box(FieldPaths.duration(i, s), typed.seconds, "numeric", which + " time in seconds",
                    text -> form.editSeconds(i, s, text)));
        }
        Dom.append(row, Buttons.disabledIf(saving, Buttons.icon("\u2715", "Remove set " + (s + 1), "remove-set",
                () -> actions.act(() -> form.removeSet(i, s)))));
        HTMLElement set = Dom.append(Dom.el("div", "set"), row, fields.errorSlot(FieldPaths.type(i, s)));
        for (String path : TypedTemplate.targetPaths(kind, i, s)) {
            Dom.append(set, fields.errorSlot(path));
        }
        return set;
    }

    private HTMLElement box(String field, String value, String inputMode, String label,
                            Consumer<String> onEdit) {
        HTMLElement input = fields.number(field, value, inputMode, onEdit);
        input.setAttribute("aria-label", label);
        return input;
    }
}
