package app.spotter.client.history;

import app.spotter.client.platform.Dom;
import app.spotter.client.player.Numbers;
import app.spotter.client.player.WeightInput;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.history.WeightUnit;
import app.spotter.text.Split;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The edit mode of a logged workout's page, drawn from its {@link WorkoutEditor}: date and start time, and per set
 * the boxes its kind takes, Done and ×; "Add set" per exercise; Save and Cancel. Every control calls the editor,
 * then {@code redraw}; a refused value shows its message under the field that holds it. Every control carries a
 * focus key, so the keyboard stays where it was across the redraw.
 */
final class EditForm {
    private final WorkoutEditor editor;
    private final StartTime zone;
    private final Runnable redraw;

    private EditForm(WorkoutEditor editor, StartTime zone, Runnable redraw) {
        this.editor = editor;
        this.zone = zone;
        this.redraw = redraw;
    }

    static HTMLElement render(WorkoutEditor editor, StartTime zone, Runnable redraw, Runnable save, Runnable cancel) {
        return new EditForm(editor, zone, redraw).draw(save, cancel);
    }

    private HTMLElement draw(Runnable save, Runnable cancel) {
        Workout workout = editor.workout();
        HTMLElement form = Dom.el("div", "workout-edit");
        Dom.append(form, when(workout));
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            Dom.append(form, exercise(exercise));
        }
        HTMLElement problem = Dom.text("p", "banner banner-error", editor.problem());
        problem.setAttribute("role", "alert");
        Dom.append(form, problem, Dom.append(Dom.el("div", "edit-actions"),
                Buttons.disabledIf(editor.saving(), Buttons.styled("btn-primary", editor.saving() ? "Saving\u2026"
                        : "Save", "save-edit", save)),
                Buttons.disabledIf(editor.saving(), Buttons.styled("btn-quiet", "Cancel", "cancel-edit", cancel))));
        return form;
    }

    private HTMLElement when(Workout workout) {
        String typed = editor.typed(WorkoutEditor.WHEN);
        String[] shown = typed == null ? new String[] {zone.date(workout.startedAt()), zone.time(workout.startedAt())}
                : Split.on(typed, ' ');
        HTMLInputElement date = (HTMLInputElement) Focus.tag(Dom.input("date", shown[0], "edit-date"), "edit-date");
        // A text box, not type=time: HtmlUnit's time input reads back empty to scripts, and "18:30" is quick to type.
        HTMLInputElement time = Dom.input("text", shown.length > 1 ? shown[1] : "", "edit-time");
        time.setAttribute("placeholder", "HH:MM");
        time.setAttribute("inputmode", "numeric");
        time.setAttribute("autocomplete", "off");
        Focus.tag(time, "edit-time");
        Runnable move = () -> act(() -> editor.moveTo(date.getValue(), time.getValue()));
        Dom.onChange(date, move);
        Dom.onChange(time, move);
        HTMLElement block = Dom.append(Dom.el("div", "form-field edit-when"),
                Dom.labelFor("Date", date, "edit-date"), date, Dom.labelFor("Start time", time, "edit-time"), time,
                Dom.text("p", "muted", "The duration stays "
                        + HistoryText.duration(workout.durationSeconds()) + "."));
        return Dom.append(block, errorFor(WorkoutEditor.WHEN, date, time));
    }

    private HTMLElement exercise(WorkoutExercise exercise) {
        HTMLElement block = Dom.el("div", "detail-exercise");
        block.setAttribute("data-kind", exercise.kind().wireName());
        Dom.append(block, Dom.text("h2", "detail-exercise-name", exercise.nameValue()));
        int n = 0;
        for (WorkoutSet set : exercise.visibleSets()) {
            Dom.append(block, set(exercise, set, ++n));
        }
        String addKey = exercise.id() + "/add";
        HTMLElement add = Buttons.named("btn-quiet", "+ Add set", "Add a set to " + exercise.nameValue(), "add-set",
                () -> act(() -> editor.addSet(exercise.id())));
        add.setAttribute("data-exercise-id", exercise.id());
        return Dom.append(block, add, errorFor(addKey, add));
    }

    private HTMLElement set(WorkoutExercise exercise, WorkoutSet set, int number) {
        HTMLElement row = Dom.el("div", set.isDone() ? "edit-set done" : "edit-set");
        row.setAttribute("data-set-id", set.id());
        Dom.append(row, Dom.text("span", "set-number", "Set " + number));
        ExerciseKind kind = exercise.kind();
        WeightUnit unit = editor.unit();
        HTMLElement errors = Dom.el("div", "edit-set-errors");
        if (kind.takesReps()) {
            box(row, errors, exercise, set, "reps", Integer.toString(set.repsValue()), "reps", "Reps", number);
        }
        if (kind.takesWeight()) {
            box(row, errors, exercise, set, "weight", WeightInput.shown(set.weightValue(), unit), unit.label(),
                    kind == ExerciseKind.ASSISTED ? "Assistance" : kind == ExerciseKind.BODYWEIGHT_REPS
                            ? "Added weight" : "Weight", number);
        }
        if (kind.takesDistance()) {
            box(row, errors, exercise, set, "distanceMeters", Numbers.kg(set.distanceValue()), "m",
                    "Distance in metres", number);
        }
        if (kind.takesDuration()) {
            box(row, errors, exercise, set, "durationSeconds", Integer.toString(set.durationValue()), "s", "Seconds",
                    number);
        }
        HTMLInputElement done = Dom.input("checkbox", "", exercise.id() + "/" + set.id() + "/done");
        Focus.tag(done, exercise.id() + "/" + set.id() + "/done");
        done.setChecked(set.isDone());
        done.setAttribute("aria-label", "Done, set " + number + " of " + exercise.nameValue());
        Dom.onChange(done, () -> act(() -> editor.toggleDone(exercise.id(), set.id())));
        HTMLElement remove = Buttons.icon("\u00d7", "Remove set " + number + " of " + exercise.nameValue(),
                "remove-set", () -> act(() -> editor.removeSet(exercise.id(), set.id())));
        Dom.append(row, Dom.append(Dom.el("label", "edit-done"), done, Dom.text("span", "", "Done")), remove);
        return Dom.append(Dom.el("div", "edit-set-block"), row, errors);
    }

    private void box(HTMLElement row, HTMLElement errors, WorkoutExercise exercise, WorkoutSet set, String field,
                     String value, String unitText, String name, int number) {
        String key = WorkoutEditor.key(exercise.id(), set.id(), field);
        String typed = editor.typed(key);
        HTMLInputElement input = Dom.input("text", typed == null ? value : typed, key);
        Focus.tag(input, key);
        input.setClassName("field set-" + field);
        input.setAttribute("inputmode", field.equals("reps") || field.equals("durationSeconds") ? "numeric"
                : "decimal");
        input.setAttribute("aria-label", name + ", set " + number + " of " + exercise.nameValue());
        Dom.onChange(input, () -> act(() -> editor.editField(exercise.id(), set.id(), field, input.getValue())));
        Dom.append(row, Dom.append(Dom.el("label", "set-input"), input, Dom.text("span", "unit", unitText)));
        Dom.append(errors, errorFor(key, input));
    }

    private HTMLElement errorFor(String key, HTMLElement... fields) {
        String message = editor.error(key);
        HTMLElement slot = Dom.text("p", "field-error", message == null ? "" : message);
        String id = "error-" + key.replace('/', '-').replace('.', '-');
        slot.setId(id);
        slot.setAttribute("data-error-for", key);
        if (message != null) {
            slot.setAttribute("role", "alert");
            for (HTMLElement field : fields) {
                field.setAttribute("aria-invalid", "true");
                field.setAttribute("aria-describedby", id);
            }
        }
        return slot;
    }

    private void act(Runnable change) {
        change.run();
        redraw.run();
    }
}
