package app.spotter.history;

import app.spotter.workout.ExerciseKind;

/**
 * What an exercise's history before a workout has to beat, by kind (session model 2). An exercise is asked for by
 * the name it has in the workout; the history is that exercise's (on the server, all the sets pointing at the same
 * exercise id, whatever name they were logged under) and kind: a plank held for time and a plank counted in reps are
 * two histories.
 */
public interface EarlierRecords {
    /** The best earlier measure of {@code record} (see {@link KindMeasures#measure}), or NaN when none counted. */
    double best(String exercise, ExerciseKind kind, PersonalRecord.Kind record);

    /** The most reps done at {@code weight} or heavier (0 when never lifted that heavy). */
    int mostRepsAtOrAbove(String exercise, ExerciseKind kind, double weight);
}
