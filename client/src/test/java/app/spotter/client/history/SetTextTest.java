package app.spotter.client.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import org.junit.jupiter.api.Test;

class SetTextTest {
    private static String kg(ExerciseKind kind, int reps, double kg, int seconds, double meters) {
        return SetText.values(kind, reps, kg, seconds, meters, WeightUnit.KG);
    }

    @Test
    void eachKindShowsOnlyItsOwnFields() {
        assertEquals("8 \u00d7 62.5 kg", kg(ExerciseKind.WEIGHT_REPS, 8, 62.5, 0, 0));
        assertEquals("+10 kg \u00d7 8", kg(ExerciseKind.BODYWEIGHT_REPS, 8, 10, 0, 0));
        assertEquals("12 reps", kg(ExerciseKind.BODYWEIGHT_REPS, 12, 0, 0, 0));
        assertEquals("8 reps with 20 kg assistance", kg(ExerciseKind.ASSISTED, 8, 20, 0, 0));
        assertEquals("1 rep", kg(ExerciseKind.REPS_ONLY, 1, 0, 0, 0));
        assertEquals("60 s", kg(ExerciseKind.DURATION, 0, 0, 60, 0));
        assertEquals("2:30", kg(ExerciseKind.DURATION, 0, 0, 150, 0));
        assertEquals("5.0 km in 25:00", kg(ExerciseKind.DISTANCE_DURATION, 0, 0, 1500, 5000));
        assertEquals("400 m in 1:30", kg(ExerciseKind.DISTANCE_DURATION, 0, 0, 90, 400));
        assertEquals("21.1 km in 1:45:03", kg(ExerciseKind.DISTANCE_DURATION, 0, 0, 6303, 21_097.5));
        assertEquals("32 kg for 40 s", kg(ExerciseKind.WEIGHT_DURATION, 0, 32, 40, 0));
    }

    @Test
    void weightsFollowTheUsersUnit() {
        assertEquals("5 \u00d7 220.5 lb", SetText.values(ExerciseKind.WEIGHT_REPS, 5, 100, 0, 0, WeightUnit.LB));
        assertEquals("+45 lb \u00d7 3", SetText.values(ExerciseKind.BODYWEIGHT_REPS, 3, WeightUnit.LB.toKg(45), 0,
                0, WeightUnit.LB));
    }

    @Test
    void paceAndHoldsReadAsClockTimes() {
        assertEquals("4:30 /km", MeasureText.of(270, "s/km", WeightUnit.KG));
        assertEquals("75 s", MeasureText.of(75, "s", WeightUnit.KG));
        assertEquals("10.0 km", MeasureText.of(10_000, "m", WeightUnit.KG));
        assertEquals("12 reps", MeasureText.of(12, "reps", WeightUnit.KG));
        assertEquals("1:00:00", MeasureText.clock(3600));
    }
}
