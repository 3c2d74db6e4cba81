package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.PastSet;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastTimeTest {
    private static final String BENCH = "{\"reps\":6,\"weight\":102.5,\"kind\":\"weight_reps\",\"type\":\"normal\","
            + "\"durationSeconds\":0,\"distanceMeters\":0.0,\"rpe\":8.0}";

    @Test
    void readsTheServersSetsByExerciseAndNothingForAnExerciseNeverDone() {
        LastTime last = LastTime.read("{\"Bench press\":[" + BENCH + "],\"Dip\":[]}");
        assertEquals(List.of(new PastSet("weight_reps", "normal", 6, 102.5, 0, 0, 8)), last.of("Bench press"));
        assertTrue(last.of("Dip").isEmpty());
        assertTrue(last.of("Squat").isEmpty());
        assertFalse(last.isEmpty());
        assertTrue(LastTime.read("{\"Dip\":[]}").isEmpty(), "nothing done before: nothing to show");
    }

    @Test
    void aSetWithoutItsWeightIsRefusedRatherThanShownAsZero() {
        assertThrows(ValidationException.class,
                () -> LastTime.read("{\"Bench press\":[" + BENCH.replace("\"weight\"", "\"kg\"") + "]}"));
    }
}
