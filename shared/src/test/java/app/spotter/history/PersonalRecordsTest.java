package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalRecordsTest {
    private static final long T0 = 1_700_000_000_000L;

    /** A finished workout of one exercise whose sets are (reps, weight) pairs, all done. */
    private static WorkoutSession squats(String id, long start, double... repsAndWeights) {
        List<SetTarget> sets = new java.util.ArrayList<>();
        for (int i = 0; i < repsAndWeights.length; i += 2) {
            sets.add(new SetTarget((int) repsAndWeights[i], repsAndWeights[i + 1]));
        }
        WorkoutSession s = WorkoutSession.start(new WorkoutTemplate("t", "Legs",
                List.of(new ExercisePlan("Squat", 120, sets))), id, start);
        for (int i = 0; i < sets.size(); i++) {
            s = s.completeSet(0, i, start + 1000 * (i + 1));
        }
        return s.finish(start + 600_000);
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
    void heavierWeightMoreRepsAndBetterOneRepMaxAreEachMarked() {
        WorkoutSession before = squats("a", T0, 5, 100, 5, 100);
        WorkoutSession now = squats("b", T0 + 86_400_000, 3, 105, 7, 100);
        List<PersonalRecord> records = PersonalRecords.set(now, List.of(before));
        assertEquals(List.of(PersonalRecord.Kind.HEAVIEST_WEIGHT, PersonalRecord.Kind.MOST_REPS_AT_WEIGHT,
                PersonalRecord.Kind.BEST_ESTIMATED_ONE_REP_MAX), records.stream().map(PersonalRecord::kind).toList());
        assertEquals(105.0, records.get(0).value());
        assertEquals(100.0, records.get(0).previous());
        assertEquals(7.0, records.get(1).value());
        assertEquals(5.0, records.get(1).previous());
        assertEquals(Epley.oneRepMax(7, 100), records.get(2).value(), 1e-9);
    }

    @Test
    void matchingThePreviousBestIsNotARecord() {
        WorkoutSession before = squats("a", T0, 5, 100);
        assertTrue(PersonalRecords.set(squats("b", T0 + 1, 5, 100), List.of(before)).isEmpty());
    }

    @Test
    void summaryAddsUpDurationSetsVolumeAndBestSets() {
        WorkoutSession workout = squats("a", T0, 5, 100, 3, 110, 8, 90);
        WorkoutSummary summary = WorkoutSummary.of(workout, List.of());
        assertEquals(600, summary.durationSeconds());
        assertEquals(3, summary.setsDone());
        assertEquals(3, summary.setsPlanned());
        assertEquals(500 + 330 + 720, summary.volumeKg(), 1e-9);
        assertEquals(new BestSet("Squat", 3, 110, Epley.oneRepMax(3, 110)), summary.bestSets().get(0));
    }
}
