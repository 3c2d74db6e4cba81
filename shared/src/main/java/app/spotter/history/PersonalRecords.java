package app.spotter.history;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;

/** Finds the records a workout sets against the workouts logged before it. Exercises match by name, ignoring case. */
public final class PersonalRecords {
    private PersonalRecords() {
    }

    public static List<PersonalRecord> set(WorkoutSession workout, List<WorkoutSession> earlier) {
        return set(workout, new ScannedBests(earlier));
    }

    public static List<PersonalRecord> set(WorkoutSession workout, EarlierBests earlier) {
        List<PersonalRecord> records = new ArrayList<>();
        for (SessionExercise exercise : workout.exercises()) {
            String name = exercise.name();
            if (!earlier.everDone(name)) {
                continue; // A first time is not a record: there is nothing to beat.
            }
            double heaviest = earlier.heaviest(name);
            double bestOneRepMax = earlier.bestEstimatedOneRepMax(name);
            SetEntry heaviestNow = null;
            SetEntry bestNow = null;
            SetEntry mostRepsNow = null;
            int mostRepsBefore = 0;
            for (SetEntry set : exercise.sets()) {
                if (!set.done() || set.reps() == 0) {
                    continue;
                }
                if (set.weight() > heaviest && (heaviestNow == null || set.weight() > heaviestNow.weight())) {
                    heaviestNow = set;
                }
                double e1rm = Epley.oneRepMax(set.reps(), set.weight());
                if (e1rm > bestOneRepMax && (bestNow == null || e1rm > Epley.oneRepMax(bestNow.reps(),
                        bestNow.weight()))) {
                    bestNow = set;
                }
                int before = earlier.mostRepsAtOrAbove(name, set.weight());
                if (before > 0 && set.reps() > before && (mostRepsNow == null || set.reps() > mostRepsNow.reps())) {
                    mostRepsNow = set;
                    mostRepsBefore = before;
                }
            }
            if (heaviestNow != null) {
                records.add(new PersonalRecord(name, PersonalRecord.Kind.HEAVIEST_WEIGHT, heaviestNow.weight(),
                        heaviest, heaviestNow.reps(), heaviestNow.weight()));
            }
            if (mostRepsNow != null) {
                records.add(new PersonalRecord(name, PersonalRecord.Kind.MOST_REPS_AT_WEIGHT, mostRepsNow.reps(),
                        mostRepsBefore, mostRepsNow.reps(), mostRepsNow.weight()));
            }
            if (bestNow != null) {
                records.add(new PersonalRecord(name, PersonalRecord.Kind.BEST_ESTIMATED_ONE_REP_MAX,
                        Epley.oneRepMax(bestNow.reps(), bestNow.weight()), bestOneRepMax, bestNow.reps(),
                        bestNow.weight()));
            }
        }
        return records;
    }

    /** The records a model-2 workout sets against the workouts logged before it (read by the client, and tests). */
    public static List<PersonalRecord> set(Workout workout, List<Workout> earlier) {
        return set(workout, new ScannedRecords(earlier));
    }

    /**
     * The records a model-2 workout sets, exercise by exercise in visible order, each kind's records in the order
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

    /** {@link EarlierBests} found by reading the earlier workouts themselves (the client, and tests). */
    private record ScannedBests(List<WorkoutSession> earlier) implements EarlierBests {
        @Override
        public boolean everDone(String exercise) {
            return !sets(exercise).isEmpty();
        }

        @Override
        public double heaviest(String exercise) {
            double most = 0;
            for (SetEntry set : sets(exercise)) {
                most = Math.max(most, set.weight());
            }
            return most;
        }

        @Override
        public double bestEstimatedOneRepMax(String exercise) {
            double best = 0;
            for (SetEntry set : sets(exercise)) {
                best = Math.max(best, Epley.oneRepMax(set.reps(), set.weight()));
            }
            return best;
        }

        @Override
        public int mostRepsAtOrAbove(String exercise, double weight) {
            int most = 0;
            for (SetEntry set : sets(exercise)) {
                if (set.weight() >= weight) {
                    most = Math.max(most, set.reps());
                }
            }
            return most;
        }

        private List<SetEntry> sets(String exercise) {
            List<SetEntry> sets = new ArrayList<>();
            for (WorkoutSession workout : earlier) {
                for (SessionExercise ex : workout.exercises()) {
                    if (ex.name().equalsIgnoreCase(exercise)) {
                        for (SetEntry set : ex.sets()) {
                            if (set.done() && set.reps() > 0) {
                                sets.add(set);
                            }
                        }
                    }
                }
            }
            return sets;
        }
    }
}
