package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LastTimeTest {
    @Test
    void readsTheServersSetsByExerciseAndNothingForAnExerciseNeverDone() {
        LastTime last = LastTime.read("{\"Bench press\":[{\"reps\":6,\"weight\":102.5}],\"Dip\":[]}");
        assertEquals(List.of(new LastTime.PastSet(6, 102.5)), last.of("Bench press"));
        assertTrue(last.of("Dip").isEmpty());
        assertTrue(last.of("Squat").isEmpty());
        assertFalse(last.isEmpty());
        assertTrue(LastTime.read("{\"Dip\":[]}").isEmpty(), "nothing done before: nothing to show");
    }
}
