package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weight x reps records and summaries; {@link KindRecordsTest} covers the other kinds. */
class PersonalRecordsTest {
    private static final long T0 = 1_700_000_000_000L;

    /** A finished workout of squats whose sets are (reps, weight) pairs, all done. */
    private static Workout squats(String id, long start, double... repsAndWeights) {
        LoggedWorkout w = LoggedWorkout.started(id, start).exercise("Squat", ExerciseKind.WEIGHT_REPS);
        for (int i = 0; i < repsAndWeights.length; i += 2) {
            w.reps((int) repsAndWeights[i], repsAndWeights[i + 1]);
        }
        return w.finish(600);
    }

    @Test
    void epleyEstimatesAOneRepMax() {
        assertEquals(100.0, Epley.oneRepMax(1, 100));
        assertEquals(116.667, Epley.oneRepMax(5, 100), 0.001);
        assertEquals(0.0, Epley.oneRepMax(0, 100));
    }

    @Test
    void aFirstWorkoutSetsNoRecordsThereIsNothingToBeat() {
        assertTrue(PersonalRecords.set(squats("a", T0, 5, 100), List.of()).isEmpty());
    }

    @Test
    void matchingThePreviousBestIsNotARecord() {
        Workout before = squats("a", T0, 5, 100);
        assertTrue(PersonalRecords.set(squats("b", T0 + 1, 5, 100), List.of(before)).isEmpty());
    }

    @Test
    void summaryAddsUpDurationSetsVolumeAndTheHeaviestSetIsTheBest() {
        WorkoutSummary summary = WorkoutSummary.of(squats("a", T0, 5, 100, 3, 110, 8, 90), List.of());
        assertEquals(600, summary.durationSeconds());
        assertEquals(3, summary.setsDone());
        assertEquals(3, summary.setsPlanned());
        assertEquals(500 + 330 + 720, summary.volumeKg(), 1e-9);
        BestSet best = summary.bestSets().get(0);
        assertEquals(List.of("Squat", 3, 110.0), List.of(best.exercise(), best.reps(), best.weight()));
        assertEquals(Epley.oneRepMax(3, 110), best.estimatedOneRepMax(), 1e-9);
    }
}
