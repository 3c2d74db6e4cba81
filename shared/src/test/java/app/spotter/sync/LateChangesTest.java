package app.spotter.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.session.WorkoutSession;
import org.junit.jupiter.api.Test;

class LateChangesTest {
    private static final long T0 = 1_700_000_000_000L;
    private final WorkoutSession start = WorkoutSession.start(Samples.pushDay(), "s-1", T0);

    @Test
    void setsTheOtherDeviceChangedAfterTheLogAreFoundAndAddedWithoutMovingTheLogsTimes() {
        WorkoutSession logged = start.completeSet(0, 0, T0 + 1000).finish(T0 + 600_000);
        WorkoutSession laptop = start.completeSet(0, 0, T0 + 1000).completeSet(1, 0, T0 + 700_000)
                .editSet(0, 0, 6, 60, T0 + 5000);
        assertEquals(2, LateChanges.find(logged, laptop).size());
        WorkoutSession amended = LateChanges.apply(logged, laptop);
        assertTrue(amended.set(1, 0).done());
        assertEquals(6, amended.set(0, 0).reps());
        assertEquals(logged.finishedAt(), amended.finishedAt());
        assertEquals(logged.durationSeconds(), amended.durationSeconds());
        assertEquals(2, amended.setsDone());
    }

    @Test
    void olderOrEqualCopiesChangeNothing() {
        WorkoutSession logged = start.completeSet(0, 0, T0 + 1000).completeSet(0, 1, T0 + 2000).finish(T0 + 9000);
        WorkoutSession stale = start.completeSet(0, 0, T0 + 1000);
        assertTrue(LateChanges.find(logged, stale).isEmpty());
        assertSame(logged, LateChanges.apply(logged, stale));
        assertTrue(LateChanges.find(logged, WorkoutSession.start(Samples.pushDay(), "other", T0)
                .completeSet(1, 0, T0 + 99_000)).isEmpty(), "another session is never mixed in");
    }
}
