package app.spotter.client.player;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The open exercise's set rows, kept from one draw to the next: a row whose set, place, kind, unit and stopwatch
 * are as before keeps its element, so marking one set done or editing one weight draws that row anew, not all ten
 * (the browser creates, styles and lays out a row instead of a card). While an edit is refused every row is drawn
 * anew, so each box shows the stored value again beside the message.
 */
final class SetRows {
    private record Row(String exerciseId, ExerciseKind kind, WorkoutSet set, int e, int s, WeightUnit unit,
                       boolean stopwatch, HTMLElement element) {
        boolean shows(Row other) {
            return exerciseId.equals(other.exerciseId) && kind == other.kind && set.equals(other.set)
                    && e == other.e && s == other.s && unit == other.unit && stopwatch == other.stopwatch;
        }
    }

    private Map<String, Row> kept = new HashMap<>();
    private Map<String, Row> drawn = new HashMap<>();

    /** The row for set {@code s} of exercise {@code e}: the one drawn last time when it shows the same. */
    HTMLElement row(WorkoutExercise exercise, WorkoutSet set, int e, int s, WeightUnit unit, WorkoutEdits edits,
                    long stopwatchSeconds, boolean refused) {
        String key = exercise.id() + "/" + set.id();
        Row wanted = new Row(exercise.id(), exercise.kind(), set, e, s, unit, stopwatchSeconds >= 0, null);
        Row old = kept.get(key);
        Row row = !refused && old != null && old.shows(wanted) ? old
                : new Row(wanted.exerciseId, wanted.kind, set, e, s, unit, wanted.stopwatch,
                        SetRow.render(exercise, set, e, s, unit, edits, stopwatchSeconds));
        drawn.put(key, row);
        return row.element();
    }

    /** Ends a draw: the rows it did not ask for are forgotten. */
    void drawn() {
        kept = drawn;
        drawn = new HashMap<>();
    }
}
