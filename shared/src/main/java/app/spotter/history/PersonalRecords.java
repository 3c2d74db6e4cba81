package app.spotter.history;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
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
