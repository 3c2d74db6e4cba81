package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weeks in the user's zone, and weight units; {@link KindProgressTest} covers the series by kind. */
class ProgressTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;

    private static Workout benchAt(String id, long start, double weight) {
        return LoggedWorkout.started(id, start).exercise("Bench press", ExerciseKind.WEIGHT_REPS).reps(8, weight)
                .finish(60);
    }

    @Test
    void weeklyVolumeGroupsByMondayInTheUsersZone() {
        // Sunday 23:30 in UTC+1 is Sunday 22:30 UTC: still the first week, in either zone.
        long sundayLate = MONDAY + 6 * DAY + 22 * 3_600_000L + 30 * 60_000L;
        // Monday 00:30 in UTC+1 is Sunday 23:30 UTC: the second week in UTC+1, the first in UTC.
        long mondayEarlyPlusOne = MONDAY + 7 * DAY - 30 * 60_000L;
        List<Workout> workouts = List.of(benchAt("a", MONDAY + 3_600_000L, 60),
                benchAt("b", sundayLate, 60), benchAt("c", mondayEarlyPlusOne, 60));
        Map<Long, Double> utc = Progress.weeklyVolumeKg(workouts, 0);
        assertEquals(Map.of(MONDAY, 3 * 480.0), utc);
        Map<Long, Double> plusOne = Progress.weeklyVolumeKg(workouts, 60);
        assertEquals(Map.of(MONDAY - 3_600_000L, 2 * 480.0, MONDAY + 7 * DAY - 3_600_000L, 480.0), plusOne);
    }

    @Test
    void unitsConvertAtTheEdgesAndRoundTripWhatWasTyped() {
        assertEquals(100.0, WeightUnit.KG.fromKg(100));
        assertEquals(220.5, WeightUnit.LB.fromKg(100));
        assertEquals(102.058, WeightUnit.LB.toKg(225));
        assertEquals(225.0, WeightUnit.LB.fromKg(WeightUnit.LB.toKg(225)));
        for (double lb = 0; lb <= 1000; lb += 2.5) {
            assertEquals(lb, WeightUnit.LB.fromKg(WeightUnit.LB.toKg(lb)), 1e-9, "round trip of " + lb + " lb");
        }
        assertEquals(WeightUnit.LB, WeightUnit.parse("lbs"));
        assertEquals(WeightUnit.KG, WeightUnit.parse("KG"));
    }
}
