package app.spotter.history;

import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;

/** What a finished workout adds up to: duration, sets done of planned, volume, best sets, new records. */
public record WorkoutSummary(long durationSeconds, int setsDone, int setsPlanned, double volumeKg,
                             List<BestSet> bestSets, List<PersonalRecord> records) {

    /** A workout's summary, its records measured against the earlier workouts' documents (tests). */
    public static WorkoutSummary of(Workout workout, List<Workout> earlier) {
        return withRecords(workout, PersonalRecords.set(workout, earlier));
    }

    /**
     * A workout's summary: volume as each kind counts it ({@link Workout#volumeKg}: reps x kg for weight x
     * reps, reps x added kg for bodyweight, none for the others, no warm-ups), a best set per visible exercise
     * with a set that counts, and the records it set.
     */
    public static WorkoutSummary of(Workout workout, EarlierRecords earlier) {
        return withRecords(workout, PersonalRecords.set(workout, earlier));
    }

    private static WorkoutSummary withRecords(Workout workout, List<PersonalRecord> records) {
        List<BestSet> best = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            BestSet set = BestSet.of(exercise);
            if (set != null) {
                best.add(set);
            }
        }
        return new WorkoutSummary(workout.durationSeconds(), workout.setsDone(), workout.setsPlanned(),
                workout.volumeKg(), best, records);
    }
}
