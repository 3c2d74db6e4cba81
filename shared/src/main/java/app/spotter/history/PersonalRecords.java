package app.spotter.history;

import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the records a workout sets against the workouts logged before it. Which earlier sets are the same exercise
 * is the {@link EarlierRecords}' business: the server's by the exercise id its sets point at, {@link ScannedRecords}
 * by name, ignoring case.
 */
public final class PersonalRecords {
    private PersonalRecords() {
    }

    /** The records a workout sets against the workouts logged before it, read from the documents (tests). */
    public static List<PersonalRecord> set(Workout workout, List<Workout> earlier) {
        return set(workout, new ScannedRecords(earlier));
    }

    /**
     * The records a workout sets, exercise by exercise in visible order, each kind's records in the order
     * of {@link KindMeasures#recordsOf}. A record needs something to beat: the first time of an exercise (name and
     * kind) sets none, and warm-ups count toward nothing.
     */
    public static List<PersonalRecord> set(Workout workout, EarlierRecords earlier) {
        List<PersonalRecord> records = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            List<DoneSet> done = doneSets(exercise);
            for (PersonalRecord.Kind record : KindMeasures.recordsOf(exercise.kind())) {
                PersonalRecord found = record == PersonalRecord.Kind.MOST_REPS_AT_WEIGHT
                        ? mostRepsAtWeight(exercise, done, earlier) : beaten(exercise, record, done, earlier);
                if (found != null) {
                    records.add(found);
                }
            }
        }
        return records;
    }

    private static PersonalRecord beaten(WorkoutExercise exercise, PersonalRecord.Kind record, List<DoneSet> done,
                                         EarlierRecords earlier) {
        double before = earlier.best(exercise.nameValue(), exercise.kind(), record);
        if (Double.isNaN(before)) {
            return null;
        }
        DoneSet top = null;
        double topValue = before;
        for (DoneSet set : done) {
            double value = KindMeasures.measure(record, set);
            if (KindMeasures.beats(record, value, topValue)) {
                top = set;
                topValue = value;
            }
        }
        return top == null ? null : recordOf(exercise, record, topValue, before, top);
    }

    private static PersonalRecord mostRepsAtWeight(WorkoutExercise exercise, List<DoneSet> done,
                                                   EarlierRecords earlier) {
        DoneSet top = null;
        int before = 0;
        for (DoneSet set : done) {
            if (!set.counts() || set.reps() == 0) {
                continue;
            }
            int most = earlier.mostRepsAtOrAbove(exercise.nameValue(), exercise.kind(), set.weight());
            if (most > 0 && set.reps() > most && (top == null || set.reps() > top.reps())) {
                top = set;
                before = most;
            }
        }
        return top == null ? null
                : recordOf(exercise, PersonalRecord.Kind.MOST_REPS_AT_WEIGHT, top.reps(), before, top);
    }

    private static PersonalRecord recordOf(WorkoutExercise exercise, PersonalRecord.Kind record, double value,
                                           double previous, DoneSet set) {
        return new PersonalRecord(exercise.nameValue(), record, value, previous, set.reps(), set.weight(),
                exercise.kind(), set.durationSeconds(), set.distanceMeters());
    }

    /** The done, visible sets of an exercise as records measure them (warm-ups included; measures skip them). */
    static List<DoneSet> doneSets(WorkoutExercise exercise) {
        List<DoneSet> done = new ArrayList<>();
        for (WorkoutSet set : exercise.visibleSets()) {
            if (set.isDone()) {
                done.add(DoneSet.of(exercise.kind(), set));
            }
        }
        return done;
    }
}
