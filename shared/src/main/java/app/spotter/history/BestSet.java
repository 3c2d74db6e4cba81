package app.spotter.history;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;

/**
 * The best done set of one exercise in one workout, by its kind's first record ({@link KindMeasures#primary}): the
 * heaviest for weight x reps (on equal weight more reps), the most reps, the least assistance, the longest hold or
 * distance, the heaviest carry. Ties go to the kind's second figure, then the earlier set.
 */
public record BestSet(String exercise, int reps, double weight, double estimatedOneRepMax, ExerciseKind kind,
                      int durationSeconds, double distanceMeters) {

    /** The best done, visible, non-warm-up set of an exercise, or null when no set counts. */
    public static BestSet of(WorkoutExercise exercise) {
        ExerciseKind kind = exercise.kind();
        PersonalRecord.Kind first = KindMeasures.primary(kind);
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        DoneSet best = null;
        for (WorkoutSet set : exercise.visibleSets()) {
            if (!set.isDone()) {
                continue;
            }
            DoneSet candidate = DoneSet.of(kind, set);
            if (Double.isNaN(KindMeasures.measure(first, candidate))) {
                continue;
            }
            if (best == null || better(candidate, best, first, second)) {
                best = candidate;
            }
        }
        return best == null ? null : new BestSet(exercise.nameValue(), best.reps(), best.weight(),
                kind == ExerciseKind.WEIGHT_REPS ? Epley.oneRepMax(best.reps(), best.weight()) : 0, kind,
                best.durationSeconds(), best.distanceMeters());
    }

    private static boolean better(DoneSet candidate, DoneSet best, PersonalRecord.Kind first,
                                  PersonalRecord.Kind second) {
        double a = KindMeasures.measure(first, candidate);
        double b = KindMeasures.measure(first, best);
        if (a != b) {
            return KindMeasures.beats(first, a, b);
        }
        PersonalRecord.Kind tieBreak = second == null || second == PersonalRecord.Kind.BEST_ESTIMATED_ONE_REP_MAX
                ? PersonalRecord.Kind.MOST_REPS : second;
        return KindMeasures.beats(tieBreak, KindMeasures.measure(tieBreak, candidate),
                KindMeasures.measure(tieBreak, best));
    }
}
