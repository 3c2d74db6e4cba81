package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.validation.FieldPath;
import app.spotter.validation.TypedRest;
import app.spotter.workout.WorkoutExercise;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The rest of the open exercise, changeable mid-workout the way the template editor sets it: "Rest 2:00" and,
 * optionally, "up to 3:00" for a window. A change applies from the next rest on; the one running keeps its time.
 */
final class RestFields {
    private RestFields() {
    }

    static HTMLElement render(WorkoutExercise exercise, int index, WorkoutEdits edits) {
        String name = exercise.nameValue();
        String at = FieldPath.exercise(index);
        HTMLInputElement rest = box(TypedRest.text(exercise.restValue()), at + ".restSeconds", "Rest after each set of "
                + name + " (m:ss)");
        HTMLInputElement restMax = box(TypedRest.maxText(exercise.restValue(), exercise.restMaxValue()),
                at + ".restMaxSeconds", "Longest rest for " + name + " (m:ss, optional)");
        restMax.setAttribute("placeholder", "none");
        Runnable changed = () -> edits.setRest(exercise.id(), rest.getValue(), restMax.getValue());
        Dom.onChange(rest, changed);
        Dom.onChange(restMax, changed);
        HTMLElement group = Dom.append(Dom.el("div", "rest-window player-rest"),
                Dom.append(Dom.el("div", "rest-field"), Dom.labelFor("Rest", rest, "rest-" + exercise.id()), rest),
                Dom.append(Dom.el("div", "rest-max-field"),
                        Dom.labelFor("up to", restMax, "rest-max-" + exercise.id()), restMax));
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Rest for " + name + ": a time, or a window up to a longest time");
        return group;
    }

    private static HTMLInputElement box(String value, String field, String label) {
        HTMLInputElement box = Dom.input("text", value, field);
        box.getClassList().add("field-number");
        box.setAttribute("inputmode", "numeric");
        box.setAttribute("autocomplete", "off");
        box.setAttribute("maxlength", "6");
        box.setAttribute("aria-label", label);
        return box;
    }
}
