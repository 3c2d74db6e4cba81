package app.spotter.client.player;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The open exercise's set rows, kept from one draw to the next: a row for the same set in the same place, kind,
 * unit and stopwatch keeps its element and is brought up to the set's new values ({@link SetRow#show}), so
 * marking one set done or editing one weight rewrites a class, a toggle or a box, not a row, let alone ten. While
 * an edit is refused every row is drawn anew, so each box shows the stored value again beside the message.
 */
final class SetRows {
    /** Where a row stands and what shapes it; a row is kept while this stays the same. */
    private record Place(String exerciseId, ExerciseKind kind, int e, int s, WeightUnit unit, boolean stopwatch) {
    }

    private record Row(Place place, SetRow view) {
    }

    private Map<String, Row> kept = new HashMap<>();
    private Map<String, Row> drawn = new HashMap<>();

    /** The row for set {@code s} of exercise {@code e}: the one drawn last time when it stands in the same place. */
    HTMLElement row(WorkoutExercise exercise, WorkoutSet set, int e, int s, WeightUnit unit, WorkoutEdits edits,
                    long stopwatchSeconds, boolean refused) {
        String key = exercise.id() + "/" + set.id();
        Place place = new Place(exercise.id(), exercise.kind(), e, s, unit, stopwatchSeconds >= 0);
        Row old = kept.get(key);
        Row row;
        if (!refused && old != null && old.place().equals(place)) {
            old.view().show(set);
            row = old;
        } else {
            row = new Row(place, new SetRow(exercise, set, e, s, unit, edits, stopwatchSeconds));
        }
        drawn.put(key, row);
        return row.view().element();
    }

    /** Ends a draw: the rows it did not ask for are forgotten. */
    void drawn() {
        kept = drawn;
        drawn = new HashMap<>();
    }
}
