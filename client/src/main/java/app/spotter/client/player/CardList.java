package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.history.WeightUnit;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The player's list of exercise cards, patched in place: a closed card whose exercise, place and unit are as
 * before keeps its element, so a tap on a 40-exercise workout redraws the one or two cards it changed, not forty
 * (the browser restyles and lays out only those). The open card is drawn each time (it shows the clock-driven
 * and error parts of the state) into the element it had, around the set rows {@link SetRows} and the other parts
 * {@link KeptParts} kept: taken out and put back, they would be styled and laid out afresh.
 */
final class CardList {
    private final HTMLElement list = Dom.el("ol", "exercises");
    private final List<Card> shown = new ArrayList<>();
    private final SetRows rows = new SetRows();
    private final KeptParts parts = new KeptParts();

    private record Card(WorkoutExercise exercise, int index, WeightUnit unit, boolean open, HTMLElement element) {
        boolean showsClosed(WorkoutExercise other, int at, WeightUnit in) {
            return !open && index == at && unit == in && exercise.equals(other);
        }

        /** The element to draw {@code other}'s open card into: this one when it is that exercise's open card. */
        HTMLElement openFor(WorkoutExercise other, int at, WeightUnit in) {
            return open && index == at && unit == in && exercise.id().equals(other.id())
                    && exercise.kind() == other.kind() ? element : null;
        }
    }

    HTMLElement element() {
        return list;
    }

    /** Brings the list up to date with {@code workout}, replacing only the cards that changed. */
    HTMLElement draw(Workout workout, LiveState state, WeightUnit unit, WorkoutEdits edits, long now) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        WorkoutExercise active = workout.activeExercise();
        for (int i = 0; i < visible.size(); i++) {
            WorkoutExercise exercise = visible.get(i);
            boolean open = exercise == active;
            Card old = i < shown.size() ? shown.get(i) : null;
            if (old != null && !open && old.showsClosed(exercise, i, unit)) {
                continue;
            }
            HTMLElement kept = old != null && open ? old.openFor(exercise, i, unit) : null;
            Card card = new Card(exercise, i, unit, open, ExerciseCard.render(workout, i, open, state, unit, edits,
                    rows, parts, kept, now));
            if (old == null) {
                list.appendChild(card.element());
                shown.add(card);
            } else {
                if (!Dom.isSame(card.element(), old.element())) {
                    list.replaceChild(card.element(), old.element());
                }
                shown.set(i, card);
            }
        }
        while (shown.size() > visible.size()) {
            list.removeChild(shown.remove(shown.size() - 1).element());
        }
        rows.drawn();
        parts.drawn();
        return list;
    }
}
