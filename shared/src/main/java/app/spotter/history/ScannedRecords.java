package app.spotter.history;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;

/** {@link EarlierRecords} found by reading the earlier model-2 workouts themselves. */
record ScannedRecords(List<Workout> earlier) implements EarlierRecords {
    @Override
    public double best(String exercise, ExerciseKind kind, PersonalRecord.Kind record) {
        double best = Double.NaN;
        for (DoneSet set : sets(exercise, kind)) {
            best = KindMeasures.better(record, best, KindMeasures.measure(record, set));
        }
        return best;
    }

    @Override
    public int mostRepsAtOrAbove(String exercise, ExerciseKind kind, double weight) {
        int most = 0;
        for (DoneSet set : sets(exercise, kind)) {
            if (set.counts() && set.weight() >= weight) {
                most = Math.max(most, set.reps());
            }
        }
        return most;
    }

    private List<DoneSet> sets(String exercise, ExerciseKind kind) {
        List<DoneSet> sets = new ArrayList<>();
        for (Workout workout : earlier) {
            for (WorkoutExercise ex : workout.visibleExercises()) {
                if (ex.kind() == kind && ex.nameValue().equalsIgnoreCase(exercise)) {
                    sets.addAll(PersonalRecords.doneSets(ex));
                }
            }
        }
        return sets;
    }
}
