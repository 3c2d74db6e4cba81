package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.history.PastSet;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * One exercise of the player. The active one is open: its tools (move, replace, remove, superset), its note, last
 * time, a {@link SetRow} per set, Add set, and Previous / Next. The others are compact and open with one tap.
 */
final class ExerciseCard {
    private static final String SEP = "\u0000";
    private final WorkoutExercise exercise;
    private final int index;
    private final int count;
    private final LiveState state;
    private final WeightUnit unit;
    private final WorkoutEdits edits;
    private final String name;
    private final SetRows rows;
    private final KeptParts parts;

    private ExerciseCard(Workout workout, int index, LiveState state, WeightUnit unit, WorkoutEdits edits,
                         SetRows rows, KeptParts parts) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        this.exercise = visible.get(index);
        this.index = index;
        this.count = visible.size();
        this.state = state;
        this.unit = unit;
        this.edits = edits;
        this.name = exercise.nameValue();
        this.rows = rows;
        this.parts = parts;
    }

    /**
     * The card of exercise {@code index}. An open one is drawn into {@code into} (the element of this exercise's
     * open card, on show or kept off screen), around the set rows in {@code rows} and the other parts in
     * {@code parts} that still show the same; a compact one is new, and takes none of the three.
     */
    static HTMLElement render(Workout workout, int index, boolean active, LiveState state, WeightUnit unit,
                              WorkoutEdits edits, SetRows rows, KeptParts parts, HTMLElement into, long now) {
        ExerciseCard card = new ExerciseCard(workout, index, state, unit, edits, rows, parts);
        return active ? card.open(now, into) : card.compact();
    }

    private HTMLElement shell(HTMLElement card, boolean active) {
        String group = exercise.groupValue();
        card.setClassName((active ? "exercise active" : "exercise") + (group.isEmpty() ? "" : " in-superset"));
        card.setAttribute("data-index", Integer.toString(index));
        card.setAttribute("data-exercise-id", exercise.id());
        card.setAttribute("data-kind", exercise.kind().wireName());
        if (group.isEmpty()) {
            card.removeAttribute("data-superset");
        } else {
            card.setAttribute("data-superset", group);
        }
        return card;
    }

    private String progress() {
        return exercise.setsDone() + "/" + exercise.visibleSets().size() + " sets";
    }

    private HTMLElement compact() {
        HTMLElement card = shell(Dom.el("li", ""), false);
        HTMLElement open = Dom.button("", "select-exercise", () -> edits.select(exercise.id()));
        open.setClassName("exercise-select");
        open.setAttribute("data-index", Integer.toString(index));
        Dom.append(open, Dom.text("span", "exercise-name", name), Dom.text("span", "exercise-progress", progress()));
        Dom.append(card, open);
        if (!exercise.groupValue().isEmpty()) {
            Dom.append(card, Dom.text("span", "superset-label", "Superset"));
        }
        List<WorkoutSet> sets = exercise.visibleSets();
        for (int s = 0; s < sets.size(); s++) {
            WorkoutSet set = sets.get(s);
            HTMLElement row = Dom.el("div", set.isDone() ? "set-row compact done" : "set-row compact");
            Dom.append(card, Dom.append(row, Dom.text("span", "set-number", Integer.toString(s + 1)),
                    Dom.text("span", "set-actual", SetRow.summary(exercise.kind(), set, unit)),
                    Dom.text("span", "set-check", set.isDone() ? "\u2713" : "")));
        }
        return card;
    }

    private HTMLElement open(long now, HTMLElement into) {
        HTMLElement card = shell(into, true);
        card.setAttribute("aria-current", "step");
        String rest = exercise.restValue() > 0 || exercise.restMaxValue() > 0
                ? " \u00b7 rest " + TimerFormat.rest(exercise.restValue(), exercise.restMaxValue()) : "";
        String progress = progress() + rest;
        String kind = ExerciseForm.kindLabel(exercise.kind());
        List<HTMLElement> parts = new ArrayList<>();
        HTMLElement head = part("head", kind, () -> Dom.append(Dom.el("div", "exercise-head"),
                Dom.text("h2", "exercise-name", name), Dom.text("span", "exercise-progress", ""),
                Dom.text("span", "exercise-kind", kind)));
        // The count changes with every set done: rewritten in the kept head, not a new head.
        Dom.setText(head.querySelector(".exercise-progress"), progress);
        parts.add(head);
        if (!exercise.groupValue().isEmpty()) {
            parts.add(part("superset", "", () -> Dom.text("p", "superset-label", "Superset: one set of each in "
                    + "turn, rest after the last")));
        }
        parts.add(part("tools", count + SEP + exercise.groupValue(), this::tools));
        parts.add(part("rest", exercise.restValue() + SEP + exercise.restMaxValue(),
                () -> RestFields.render(exercise, index, edits)));
        FieldError error = state.editError();
        if (error != null && error.field().startsWith(FieldPath.exercise(index) + ".rest")) {
            parts.add(alert(error.message()));
        }
        parts.add(part("note", exercise.noteValue(), this::note));
        List<PastSet> lastTime = state.lastTime().of(name);
        if (!lastTime.isEmpty() && exercise.kind().takesReps()) {
            String sets = lastTimeSets(lastTime);
            parts.add(part("last-time", sets, () -> lastTime(sets)));
        }
        List<WorkoutSet> sets = exercise.visibleSets();
        for (int s = 0; s < sets.size(); s++) {
            String key = exercise.id() + "/" + sets.get(s).id();
            long running = key.equals(state.stopwatch()) ? Math.max(0, (now - state.stopwatchSince()) / 1000) : -1;
            parts.add(rows.row(exercise, sets.get(s), index, s, unit, edits, running, error != null));
            String set = FieldPath.set(index, s);
            if (error != null && (error.field().equals(set) || error.field().startsWith(set + "."))) {
                parts.add(alert(error.message()));
            }
        }
        if (error != null && error.field().equals(FieldPath.exercise(index) + ".note")) {
            parts.add(alert(error.message()));
        }
        parts.add(part("nav", Integer.toString(count), this::nav));
        Dom.arrange(card, parts);
        return card;
    }

    /**
     * A part of the open card, kept from the last draw when it was drawn for this exercise, place, name and
     * {@code key} (what else it shows); while an edit is refused every part is drawn anew, so each box shows the
     * stored value again beside the message.
     */
    private HTMLElement part(String part, String key, Supplier<HTMLElement> draw) {
        String shows = exercise.id() + SEP + index + SEP + name + SEP + key;
        return parts.part(part, state.editError() == null ? shows : null, draw);
    }

    private HTMLElement nav() {
        String id = exercise.id();
        HTMLElement addSet = Dom.button("Add set", "add-set", () -> edits.addSet(id));
        addSet.setAttribute("aria-label", "Add set to " + name);
        HTMLElement previous = Dom.button("\u2039 Previous", "prev-exercise", () -> edits.selectNeighbour(id, -1));
        HTMLElement next = Dom.button("Next \u203a", "next-exercise", () -> edits.selectNeighbour(id, 1));
        Buttons.disabledIf(index == 0, previous);
        Buttons.disabledIf(index == count - 1, next);
        return Dom.append(Dom.el("div", "exercise-nav"), addSet, previous, next);
    }

    private HTMLElement tools() {
        String id = exercise.id();
        HTMLElement up = icon("\u2191", "Move " + name + " up", "move-exercise-up", () -> edits.moveExercise(id, -1));
        HTMLElement down = icon("\u2193", "Move " + name + " down", "move-exercise-down",
                () -> edits.moveExercise(id, 1));
        Buttons.disabledIf(index == 0, up);
        Buttons.disabledIf(index == count - 1, down);
        HTMLElement replace = Dom.button("Replace", "replace-exercise",
                () -> edits.openPicker(id));
        replace.setAttribute("aria-label", "Replace " + name);
        HTMLElement remove = Buttons.styled("btn-danger", "Remove", "remove-exercise", () -> edits.removeExercise(id));
        remove.setAttribute("aria-label", "Remove " + name);
        HTMLElement group;
        if (exercise.groupValue().isEmpty()) {
            group = Dom.button("Superset with next", "superset-with-next",
                    () -> edits.supersetWithNext(id));
            group.setAttribute("aria-label", "Superset with next: " + name + " and the exercise after it");
            Buttons.disabledIf(index == count - 1, group);
        } else {
            group = Dom.button("Ungroup", "ungroup", () -> edits.ungroup(id));
            group.setAttribute("aria-label", "Ungroup " + name + " from its superset");
        }
        return Dom.append(Dom.el("div", "exercise-tools"), up, down, replace, group, remove);
    }

    private HTMLElement note() {
        String field = FieldPath.exercise(index) + ".note";
        HTMLTextAreaElement note = (HTMLTextAreaElement) Dom.el("textarea", "field exercise-note");
        note.setValue(exercise.noteValue());
        note.setAttribute("data-drawn", exercise.noteValue());
        note.setAttribute("data-field", field);
        note.setAttribute("name", field);
        note.setAttribute("maxlength", "1000");
        note.setAttribute("rows", "1");
        note.setAttribute("placeholder", "Note");
        note.setAttribute("aria-label", "Note for " + name);
        String id = exercise.id();
        Dom.onChange(note, () -> edits.setNote(id, note.getValue()));
        return note;
    }

    private String lastTimeSets(List<PastSet> sets) {
        StringBuilder text = new StringBuilder("Last time: ");
        for (int i = 0; i < sets.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(sets.get(i).reps()).append(" \u00d7 ")
                    .append(WeightInput.shown(sets.get(i).weight(), unit));
        }
        return text.append(' ').append(unit.label()).toString();
    }

    private HTMLElement lastTime(String sets) {
        HTMLElement same = Dom.button("Same as last time", "same-as-last-time",
                () -> edits.sameAsLastTime(exercise.id()));
        same.setAttribute("aria-label", "Same as last time for " + name);
        return Dom.append(Dom.el("div", "last-time"), Dom.text("span", "last-time-sets", sets), same);
    }

    private static HTMLElement alert(String message) {
        HTMLElement alert = Dom.text("p", "field-error", message);
        alert.setAttribute("role", "alert");
        return alert;
    }

    private static HTMLElement icon(String symbol, String description, String action, Runnable onClick) {
        HTMLElement button = Dom.button(symbol, action, onClick);
        button.setAttribute("aria-label", description);
        button.setAttribute("title", description);
        return button;
    }
}
