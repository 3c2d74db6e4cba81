package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastTimeTest {
    private static final WorkoutTemplate PLAN = new WorkoutTemplate("t", "Push", List.of(
            new ExercisePlan("Bench press", 90, List.of(new SetTarget(5, 100), new SetTarget(5, 100),
                    new SetTarget(5, 100))),
            new ExercisePlan("Dip", 60, List.of(new SetTarget(10, 0)))));

    @Test
    void readsTheServersSetsByExerciseAndNothingForAnExerciseNeverDone() {
        LastTime last = LastTime.read("{\"Bench press\":[{\"reps\":6,\"weight\":102.5}],\"Dip\":[]}");
        assertEquals(List.of(new LastTime.PastSet(6, 102.5)), last.of("Bench press"));
        assertTrue(last.of("Dip").isEmpty());
        assertTrue(last.of("Squat").isEmpty());
        assertFalse(last.isEmpty());
        assertTrue(LastTime.read("{\"Dip\":[]}").isEmpty(), "nothing done before: nothing to show");
    }

    @Test
    void fillCopiesLastTimeSetBySetAndLeavesDoneAndExtraSetsAlone() {
        WorkoutSession session = WorkoutSession.start(PLAN, "s", 1_000).editSet(0, 0, 4, 90, 2_000)
                .completeSet(0, 0, 3_000);
        List<LastTime.PastSet> past = List.of(new LastTime.PastSet(8, 80), new LastTime.PastSet(7, 82.5));
        WorkoutSession filled = LastTime.fill(session, 0, past, 4_000);
        assertEquals(new SetEntry(5, 100, 4, 90, true, 3_000), filled.set(0, 0), "done set kept");
        assertEquals(7, filled.set(0, 1).reps());
        assertEquals(82.5, filled.set(0, 1).weight());
        assertEquals(4_000, filled.set(0, 1).changedAt(), "stamped like any edit, so it merges and syncs");
        assertEquals(5, filled.set(0, 2).reps(), "no third set last time");
        assertEquals(100, filled.set(0, 2).weight());
        assertEquals(session.exercises().get(1), filled.exercises().get(1));
    }
}
