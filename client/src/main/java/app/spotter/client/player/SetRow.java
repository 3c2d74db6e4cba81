package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldPath;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * One set of the open exercise: its number, type, the inputs its kind takes and nothing else (README "What each
 * kind records"), a stopwatch for timed sets, RPE, Done / Undo and Remove. Every control has an accessible name
 * that says which set it belongs to. The row stays on screen while its set changes values ({@link #show}).
 */
final class SetRow {
    static final String[] TYPE_LABELS = {"Normal", "Warm-up", "Drop", "Failure"};
    private final WorkoutExercise exercise;
    private final int e;
    private final int s;
    private final WeightUnit unit;
    private final WorkoutEdits edits;
    private final String at;
    /** The set on show: the row's handlers act on it, and {@link #show} brings the row up to another value. */
    private WorkoutSet set;
    private final List<Box> boxes = new ArrayList<>();
    private HTMLSelectElement type;
    private HTMLSelectElement rpe;
    private HTMLElement toggle;
    private final HTMLElement row;

    /** One number box and how it shows a set's value. */
    private record Box(HTMLInputElement input, Function<WorkoutSet, String> shown) {
    }

    /** {@code stopwatchSeconds} is how long this set's stopwatch has run, or -1 when it does not run. */
    SetRow(WorkoutExercise exercise, WorkoutSet set, int e, int s, WeightUnit unit, WorkoutEdits edits,
           long stopwatchSeconds) {
        this.exercise = exercise;
        this.set = set;
        this.e = e;
        this.s = s;
        this.unit = unit;
        this.edits = edits;
        this.at = FieldPath.set(e, s);
        this.row = draw(stopwatchSeconds);
    }

    HTMLElement element() {
        return row;
    }

    /**
     * Brings the row up to {@code next}, the same set with other values (done, type, a box, RPE), writing only the
     * class, attribute, box or toggle that changed: the browser restyles a few nodes instead of laying out a new
     * row, and the control in use keeps the keyboard (Done becomes Undo under the finger).
     */
    void show(WorkoutSet next) {
        WorkoutSet was = set;
        set = next;
        if (was.isDone() != next.isDone()) {
            row.setClassName(next.isDone() ? "set-row done" : "set-row");
            drawToggle();
        }
        if (was.typeValue() != next.typeValue()) {
            row.setAttribute("data-type", next.typeValue().wireName());
            type.setValue(next.typeValue().wireName());
        }
        for (Box box : boxes) {
            String text = box.shown().apply(next);
            if (!text.equals(box.input().getAttribute("data-drawn"))) {
                box.input().setValue(text);
                box.input().setAttribute("data-drawn", text);
            }
        }
        if (was.rpeValue() != next.rpeValue()) {
            rpe.setValue(rpeText(next.rpeValue()));
        }
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
            Dom.append(row, number("reps", done -> Integer.toString(done.repsValue()), "reps", "Reps", "numeric"));
        }
        if (kind.takesWeight()) {
            HTMLElement field = input("weight", done -> WeightInput.shown(done.weightValue(), unit), unit.label(),
                    weightName(kind) + " in " + unit.label(), "decimal");
            HTMLInputElement box = lastBox();
            Dom.onChange(box, () -> edits.editField(exercise.id(), set.id(), "weight",
                    WeightInput.toKgText(box.getValue(), set.weightValue(), unit)));
            Dom.append(row, field);
        }
        if (kind.takesDistance()) {
            Dom.append(row, number("distanceMeters", done -> Numbers.kg(done.distanceValue()), "m",
                    "Distance in metres", "decimal"));
        }
        if (kind.takesDuration()) {
            Dom.append(row, number("durationSeconds", done -> Integer.toString(done.durationValue()), "s",
                    "Seconds", "numeric"), stopwatch(stopwatchSeconds));
        }
        toggle = marked(Dom.button("", "", this::toggleSet));
        drawToggle();
        Dom.append(row, rpeSelect(), toggle, remove());
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

    private HTMLElement number(String field, Function<WorkoutSet, String> shown, String unitText, String name,
                               String mode) {
        HTMLElement label = input(field, shown, unitText, name, mode);
        HTMLInputElement box = lastBox();
        Dom.onChange(box, () -> edits.editField(exercise.id(), set.id(), field, box.getValue()));
        return label;
    }

    private HTMLElement input(String field, Function<WorkoutSet, String> shown, String unitText, String name,
                              String mode) {
        HTMLInputElement input = Dom.input("number", shown.apply(set), at + "." + field);
        input.setClassName("field set-" + field);
        input.setAttribute("inputmode", mode);
        input.setAttribute("step", "any");
        input.setAttribute("min", "0");
        input.setAttribute("aria-label", name + ", set " + (s + 1));
        boxes.add(new Box(input, shown));
        return Dom.append(Dom.el("label", "set-input"), input, Dom.text("span", "unit", unitText));
    }

    private HTMLInputElement lastBox() {
        return boxes.get(boxes.size() - 1).input();
    }

    private HTMLElement typeSelect() {
        type = select(at + ".type", "Set type, set " + (s + 1), "set-type");
        SetType[] types = SetType.values();
        for (int i = 0; i < types.length; i++) {
            option(type, types[i].wireName(), TYPE_LABELS[i]);
        }
        type.setValue(set.typeValue().wireName());
        Dom.onChange(type, () -> edits.setType(exercise.id(), set.id(), SetType.fromWire(type.getValue())));
        return type;
    }

    private HTMLElement rpeSelect() {
        rpe = select(at + ".rpe", "RPE, set " + (s + 1), "set-rpe");
        option(rpe, "", "RPE");
        for (int half = 12; half <= 20; half++) {
            String value = half % 2 == 0 ? Integer.toString(half / 2) : (half / 2) + ".5";
            option(rpe, value, value);
        }
        rpe.setValue(rpeText(set.rpeValue()));
        Dom.onChange(rpe, () -> edits.setRpe(exercise.id(), set.id(), rpe.getValue()));
        return rpe;
    }

    private static String rpeText(double rpe) {
        return rpe <= 0 ? "" : rpe == Math.rint(rpe) ? Integer.toString((int) rpe) : ((int) rpe) + ".5";
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

    /** Done / Undo, drawn for the set on show: one button while the set changes, so the keyboard stays on it. */
    private void drawToggle() {
        boolean done = set.isDone();
        toggle.setTextContent(done ? "Undo" : "\u2713 Done");
        toggle.setClassName(done ? "btn set-toggle" : "btn btn-primary set-toggle");
        toggle.setAttribute("data-action", done ? "undo" : "done");
        toggle.setAttribute("aria-label", (done ? "Undo set " : "Done, set ") + (s + 1));
    }

    private void toggleSet() {
        if (set.isDone()) {
            edits.undoSet(exercise.id(), set.id());
        } else {
            edits.completeSet(exercise.id(), set.id());
        }
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
