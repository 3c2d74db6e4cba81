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

    /** The done sets of each exercise before a workout, by exercise name (any case). */
    public interface EarlierSets {
        List<SetEntry> of(String exercise);
    }

    public static List<PersonalRecord> set(WorkoutSession workout, List<WorkoutSession> earlier) {
        return set(workout, exercise -> doneSets(exercise, earlier));
    }

    public static List<PersonalRecord> set(WorkoutSession workout, EarlierSets earlier) {
        List<PersonalRecord> records = new ArrayList<>();
        for (SessionExercise exercise : workout.exercises()) {
            List<SetEntry> history = earlier.of(exercise.name());
            if (history.isEmpty()) {
                continue; // A first time is not a record: there is nothing to beat.
            }
            double heaviest = 0;
            double bestOneRepMax = 0;
            for (SetEntry set : history) {
                heaviest = Math.max(heaviest, set.weight());
                bestOneRepMax = Math.max(bestOneRepMax, Epley.oneRepMax(set.reps(), set.weight()));
            }
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
                int before = mostRepsAtOrAbove(set.weight(), history);
                if (before > 0 && set.reps() > before && (mostRepsNow == null || set.reps() > mostRepsNow.reps())) {
                    mostRepsNow = set;
                    mostRepsBefore = before;
                }
            }
            String name = exercise.name();
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

    private static List<SetEntry> doneSets(String exercise, List<WorkoutSession> workouts) {
        List<SetEntry> sets = new ArrayList<>();
        for (WorkoutSession workout : workouts) {
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

    /** The most reps done before at this weight or heavier (0 when never lifted that heavy). */
    private static int mostRepsAtOrAbove(double weight, List<SetEntry> history) {
        int most = 0;
        for (SetEntry set : history) {
            if (set.weight() >= weight) {
                most = Math.max(most, set.reps());
            }
        }
        return most;
    }
}
