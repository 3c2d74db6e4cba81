package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.history.WeightUnit;
import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.TimerFormat;
import app.spotter.validation.FieldError;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One exercise of the player. The active one is open: a row per set with its target, inputs for the actual reps
 * and weight, and a big Done / Undo button. The others are compact and open with one tap.
 */
final class ExerciseCard {
    private ExerciseCard() {
    }

    static HTMLElement render(SessionExercise exercise, int index, int count, boolean active, FieldError error,
                              List<LastTime.PastSet> lastTime, WeightUnit unit, PlayerActions actions) {
        HTMLElement card = Dom.el("li", active ? "exercise active" : "exercise");
        card.setAttribute("data-index", Integer.toString(index));
        String progress = exercise.setsDone() + "/" + exercise.sets().size() + " sets";
        if (!active) {
            HTMLElement open = Dom.button("", "select-exercise", () -> actions.selectExercise(index));
            open.setClassName("exercise-select");
            open.setAttribute("data-index", Integer.toString(index));
            Dom.append(open, Dom.text("span", "exercise-name", exercise.name()),
                    Dom.text("span", "exercise-progress", progress));
            Dom.append(card, open);
            for (int s = 0; s < exercise.sets().size(); s++) {
                Dom.append(card, compactRow(exercise.sets().get(s), s, unit));
            }
            return card;
        }
        card.setAttribute("aria-current", "step");
        Dom.append(card, Dom.append(Dom.el("div", "exercise-head"),
                Dom.text("h2", "exercise-name", exercise.name()),
                Dom.text("span", "exercise-progress", progress + " \u00b7 rest "
                        + TimerFormat.mmss(exercise.restSeconds()))));
        if (!lastTime.isEmpty()) {
            Dom.append(card, lastTime(lastTime, index, unit, actions));
        }
        for (int s = 0; s < exercise.sets().size(); s++) {
            Dom.append(card, setRow(exercise.sets().get(s), index, s, unit, actions));
            String prefix = "exercises[" + index + "].sets[" + s + "]";
            if (error != null && error.field().startsWith(prefix)) {
                HTMLElement message = Dom.text("p", "field-error", error.message());
                message.setAttribute("role", "alert");
                Dom.append(card, message);
            }
        }
        HTMLElement nav = Dom.el("div", "exercise-nav");
        HTMLElement previous = Modals.button("\u2039 Previous", "prev-exercise", false, actions::previousExercise);
        HTMLElement next = Modals.button("Next \u203a", "next-exercise", false, actions::nextExercise);
        disableIf(previous, index == 0);
        disableIf(next, index == count - 1);
        return Dom.append(card, Dom.append(nav, previous, next));
    }

    private static HTMLElement lastTime(List<LastTime.PastSet> sets, int index, WeightUnit unit,
                                        PlayerActions actions) {
        StringBuilder text = new StringBuilder("Last time: ");
        for (int i = 0; i < sets.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(sets.get(i).reps()).append(" \u00d7 ")
                    .append(WeightInput.shown(sets.get(i).weight(), unit));
        }
        return Dom.append(Dom.el("div", "last-time"),
                Dom.text("span", "last-time-sets", text.append(' ').append(unit.label()).toString()),
                Modals.button("Same as last time", "same-as-last-time", false, () -> actions.sameAsLastTime(index)));
    }

    private static HTMLElement compactRow(SetEntry set, int s, WeightUnit unit) {
        HTMLElement row = Dom.el("div", set.done() ? "set-row compact done" : "set-row compact");
        String actual = set.reps() + " \u00d7 " + WeightInput.shown(set.weight(), unit) + " " + unit.label();
        return Dom.append(row, Dom.text("span", "set-number", Integer.toString(s + 1)),
                Dom.text("span", "set-actual", actual), Dom.text("span", "set-check", set.done() ? "\u2713" : ""));
    }

    private static HTMLElement setRow(SetEntry set, int e, int s, WeightUnit unit, PlayerActions actions) {
        HTMLElement row = Dom.el("div", set.done() ? "set-row done" : "set-row");
        row.setAttribute("data-exercise", Integer.toString(e));
        row.setAttribute("data-set", Integer.toString(s));
        String at = "exercises[" + e + "].sets[" + s + "]";
        HTMLInputElement reps = Dom.input("number", Integer.toString(set.reps()), at + ".reps");
        reps.setClassName("field set-reps");
        reps.setAttribute("inputmode", "numeric");
        reps.setAttribute("min", "0");
        reps.setAttribute("aria-label", "Reps, set " + (s + 1));
        HTMLInputElement weight = Dom.input("number", WeightInput.shown(set.weight(), unit), at + ".weight");
        weight.setClassName("field set-weight");
        weight.setAttribute("inputmode", "decimal");
        weight.setAttribute("step", "any");
        weight.setAttribute("min", "0");
        weight.setAttribute("aria-label", "Weight in " + unit.label() + ", set " + (s + 1));
        Runnable edited = () -> actions.editSet(e, s, reps.getValue(),
                WeightInput.toKgText(weight.getValue(), set.weight(), unit));
        Dom.onChange(reps, edited);
        Dom.onChange(weight, edited);
        HTMLElement toggle = set.done()
                ? Modals.button("Undo", "undo", false, () -> actions.undoSet(e, s))
                : Modals.button("\u2713 Done", "done", true, () -> actions.completeSet(e, s));
        toggle.setClassName(toggle.getClassName() + " set-toggle");
        toggle.setAttribute("data-exercise", Integer.toString(e));
        toggle.setAttribute("data-set", Integer.toString(s));
        HTMLElement target = Dom.text("span", "set-target", set.targetReps() + " \u00d7 "
                + WeightInput.shown(set.targetWeight(), unit) + " " + unit.label());
        return Dom.append(row, Dom.text("span", "set-number", Integer.toString(s + 1)), target,
                Dom.append(Dom.el("label", "set-input"), reps, Dom.text("span", "unit", "reps")),
                Dom.append(Dom.el("label", "set-input"), weight, Dom.text("span", "unit", unit.label())), toggle);
    }

    private static void disableIf(HTMLElement button, boolean disabled) {
        if (disabled) {
            button.setAttribute("disabled", "disabled");
        }
    }
}
