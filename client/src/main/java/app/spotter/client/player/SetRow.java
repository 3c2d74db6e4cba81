package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldPath;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * One set of the open exercise: its number, type, the inputs its kind takes and nothing else (README "What each
 * kind records"), a stopwatch for timed sets, RPE, Done / Undo and Remove. Every control has an accessible name
 * that says which set it belongs to.
 */
final class SetRow {
    static final String[] TYPE_LABELS = {"Normal", "Warm-up", "Drop", "Failure"};
    private final WorkoutExercise exercise;
    private final WorkoutSet set;
    private final int e;
    private final int s;
    private final WeightUnit unit;
    private final WorkoutEdits edits;
    private final String at;

    private SetRow(WorkoutExercise exercise, WorkoutSet set, int e, int s, WeightUnit unit, WorkoutEdits edits) {
        this.exercise = exercise;
        this.set = set;
        this.e = e;
        this.s = s;
        this.unit = unit;
        this.edits = edits;
        this.at = FieldPath.set(e, s);
    }

    /** {@code stopwatchSeconds} is how long this set's stopwatch has run, or -1 when it does not run. */
    static HTMLElement render(WorkoutExercise exercise, WorkoutSet set, int e, int s, WeightUnit unit,
                              WorkoutEdits edits, long stopwatchSeconds) {
        return new SetRow(exercise, set, e, s, unit, edits).draw(stopwatchSeconds);
    }

    /** What a compact (closed) exercise shows of a set: the values its kind takes. */
    static String summary(ExerciseKind kind, WorkoutSet set, WeightUnit unit) {
        StringBuilder text = new StringBuilder();
        if (kind.takesReps()) {
            text.append(set.repsValue()).append(" reps");
        }
        if (kind.takesWeight() && (kind != ExerciseKind.BODYWEIGHT_REPS || set.weightValue() > 0)) {
            text.append(text.length() == 0 ? "" : kind == ExerciseKind.BODYWEIGHT_REPS ? " + " : " \u00d7 ")
                    .append(WeightInput.shown(set.weightValue(), unit)).append(' ').append(unit.label());
        }
        if (kind.takesDistance()) {
            text.append(text.length() == 0 ? "" : ", ").append(Numbers.kg(set.distanceValue())).append(" m");
        }
        if (kind.takesDuration()) {
            text.append(text.length() == 0 ? "" : ", ").append(set.durationValue()).append(" s");
        }
        return text.toString();
    }

    private HTMLElement draw(long stopwatchSeconds) {
        HTMLElement row = Dom.el("div", set.isDone() ? "set-row done" : "set-row");
        row.setAttribute("data-exercise", Integer.toString(e));
        row.setAttribute("data-set", Integer.toString(s));
        row.setAttribute("data-set-id", set.id());
        row.setAttribute("data-type", set.typeValue().wireName());
        Dom.append(row, Dom.text("span", "set-number", Integer.toString(s + 1)), typeSelect());
        ExerciseKind kind = exercise.kind();
        if (kind.takesReps()) {
            Dom.append(row, number("reps", Integer.toString(set.repsValue()), "reps", "Reps", "numeric"));
        }
        if (kind.takesWeight()) {
            HTMLInputElement[] box = new HTMLInputElement[1];
            HTMLElement field = input("weight", WeightInput.shown(set.weightValue(), unit), unit.label(),
                    weightName(kind) + " in " + unit.label(), "decimal", box);
            Dom.onChange(box[0], () -> edits.editField(exercise.id(), set.id(), "weight",
                    WeightInput.toKgText(box[0].getValue(), set.weightValue(), unit)));
            Dom.append(row, field);
        }
        if (kind.takesDistance()) {
            Dom.append(row, number("distanceMeters", Numbers.kg(set.distanceValue()), "m", "Distance in metres",
                    "decimal"));
        }
        if (kind.takesDuration()) {
            Dom.append(row, number("durationSeconds", Integer.toString(set.durationValue()), "s", "Seconds",
                    "numeric"), stopwatch(stopwatchSeconds));
        }
        Dom.append(row, rpeSelect(), toggle(), remove());
        return row;
    }

    private static String weightName(ExerciseKind kind) {
        switch (kind) {
            case BODYWEIGHT_REPS:
                return "Added weight";
            case ASSISTED:
                return "Assistance";
            default:
                return "Weight";
        }
    }

    private HTMLElement number(String field, String value, String unitText, String name, String mode) {
        HTMLInputElement[] box = new HTMLInputElement[1];
        HTMLElement label = input(field, value, unitText, name, mode, box);
        Dom.onChange(box[0], () -> edits.editField(exercise.id(), set.id(), field, box[0].getValue()));
        return label;
    }

    private HTMLElement input(String field, String value, String unitText, String name, String mode,
                              HTMLInputElement[] box) {
        HTMLInputElement input = Dom.input("number", value, at + "." + field);
        input.setClassName("field set-" + field);
        input.setAttribute("inputmode", mode);
        input.setAttribute("step", "any");
        input.setAttribute("min", "0");
        input.setAttribute("aria-label", name + ", set " + (s + 1));
        box[0] = input;
        return Dom.append(Dom.el("label", "set-input"), input, Dom.text("span", "unit", unitText));
    }

    private HTMLElement typeSelect() {
        HTMLSelectElement select = select(at + ".type", "Set type, set " + (s + 1), "set-type");
        SetType[] types = SetType.values();
        for (int i = 0; i < types.length; i++) {
            option(select, types[i].wireName(), TYPE_LABELS[i]);
        }
        select.setValue(set.typeValue().wireName());
        Dom.onChange(select, () -> edits.setType(exercise.id(), set.id(), SetType.fromWire(select.getValue())));
        return select;
    }

    private HTMLElement rpeSelect() {
        HTMLSelectElement select = select(at + ".rpe", "RPE, set " + (s + 1), "set-rpe");
        option(select, "", "RPE");
        for (int half = 12; half <= 20; half++) {
            String value = half % 2 == 0 ? Integer.toString(half / 2) : (half / 2) + ".5";
            option(select, value, value);
        }
        double rpe = set.rpeValue();
        select.setValue(rpe <= 0 ? "" : rpe == Math.rint(rpe) ? Integer.toString((int) rpe) : ((int) rpe) + ".5");
        Dom.onChange(select, () -> edits.setRpe(exercise.id(), set.id(), select.getValue()));
        return select;
    }

    private static HTMLSelectElement select(String field, String name, String className) {
        HTMLSelectElement select = (HTMLSelectElement) Dom.el("select", "field " + className);
        select.setAttribute("data-field", field);
        select.setAttribute("name", field);
        select.setAttribute("aria-label", name);
        return select;
    }

    private static void option(HTMLSelectElement select, String value, String label) {
        HTMLElement option = Dom.text("option", "", label);
        option.setAttribute("value", value);
        Dom.append(select, option);
    }

    private HTMLElement stopwatch(long runningSeconds) {
        boolean running = runningSeconds >= 0;
        HTMLElement button = Buttons.styled(running ? "btn-primary" : "btn",
                running ? "Stop " + runningSeconds + " s" : "Start timer",
                running ? "stop-stopwatch" : "start-stopwatch",
                () -> edits.toggleStopwatch(exercise.id(), set.id()));
        button.setAttribute("aria-label", button.getTextContent() + ", set " + (s + 1));
        button.setAttribute("data-set-number", Integer.toString(s + 1));
        button.getClassList().add("stopwatch");
        marked(button);
        return button;
    }

    private HTMLElement toggle() {
        HTMLElement toggle = set.isDone()
                ? Dom.button("Undo", "undo", () -> edits.undoSet(exercise.id(), set.id()))
                : Buttons.styled("btn-primary", "\u2713 Done", "done",
                        () -> edits.completeSet(exercise.id(), set.id()));
        toggle.setAttribute("aria-label", (set.isDone() ? "Undo set " : "Done, set ") + (s + 1));
        toggle.getClassList().add("set-toggle");
        return marked(toggle);
    }

    private HTMLElement remove() {
        HTMLElement button = Dom.button("\u00d7", "remove-set",
                () -> edits.removeSet(exercise.id(), set.id()));
        button.setAttribute("aria-label", "Remove set " + (s + 1));
        button.setAttribute("title", "Remove set " + (s + 1));
        button.getClassList().add("set-remove");
        return marked(button);
    }

    private HTMLElement marked(HTMLElement button) {
        button.setAttribute("data-exercise", Integer.toString(e));
        button.setAttribute("data-set", Integer.toString(s));
        return button;
    }
}
