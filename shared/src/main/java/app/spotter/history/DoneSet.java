package app.spotter.history;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.WorkoutSet;

/**
 * A done set as records and progress see it: its exercise's kind, its type and the fields of that kind (0 where the
 * kind takes none). Logged sets read from the document and rows of the server's index become the same value, so
 * both sides measure them by one rule ({@link KindMeasures}).
 */
public record DoneSet(ExerciseKind kind, SetType type, int reps, double weight, int durationSeconds,
                      double distanceMeters) {

    public static DoneSet of(ExerciseKind kind, WorkoutSet set) {
        return new DoneSet(kind, set.typeValue(), set.repsValue(), set.weightValue(), set.durationValue(),
                set.distanceValue());
    }

    /** Warm-ups count toward no record, best set or progress; drop and failure sets do. */
    public boolean counts() {
        return type != SetType.WARMUP;
    }
}
