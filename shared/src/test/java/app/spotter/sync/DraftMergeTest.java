package app.spotter.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.session.WorkoutSession;
import org.junit.jupiter.api.Test;

class DraftMergeTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final long SKEW = 7 * 60_000L;
    private final WorkoutSession base = WorkoutSession.start(Samples.pushDay(), "s-1", T0);

    @Test
    void chooseTakesWhicheverCopyExists() {
        assertSame(base, DraftMerge.choose(base, null));
        assertSame(base, DraftMerge.choose(null, base));
        assertNull(DraftMerge.choose(null, null));
    }

    @Test
    void aNewerServerCopyOfTheSameSessionWins() {
        WorkoutSession server = base.completeSet(0, 0, T0 + 1000).moveTo(1, T0 + 2000);
        WorkoutSession chosen = DraftMerge.choose(base, server);
        assertEquals(1, chosen.activeExerciseIndex());
        assertTrue(chosen.set(0, 0).done());
        assertEquals(server.revision(), chosen.revision());
    }

    @Test
    void setsCompletedOnEitherDeviceAreKeptEvenWithSkewedClocks() {
        // The phone runs 7 minutes behind the laptop; each completes a different set.
        WorkoutSession phone = base.completeSet(0, 0, T0 + 60_000 - SKEW);
        WorkoutSession laptop = base.completeSet(1, 0, T0 + 30_000).moveTo(1, T0 + 31_000);
        WorkoutSession merged = DraftMerge.merge(phone, laptop);
        assertTrue(merged.set(0, 0).done());
        assertTrue(merged.set(1, 0).done());
        assertEquals(1, merged.activeExerciseIndex(), "the copy with more changes leads");
        assertEquals(merged, DraftMerge.merge(laptop, phone), "merge does not depend on argument order");
        assertEquals(merged, DraftMerge.merge(merged, phone), "merging again changes nothing");
    }

    @Test
    void aDoneSetWinsATie() {
        WorkoutSession done = base.completeSet(0, 0, T0 + 5000);
        WorkoutSession undone = base.undoSet(0, 0, T0 + 5000);
        assertTrue(DraftMerge.merge(undone, done).set(0, 0).done());
        assertTrue(DraftMerge.merge(done, undone).set(0, 0).done());
    }

    @Test
    void differentSessionsAreNotMergedTheNewerWinsAndTheServerOnATie() {
        WorkoutSession other = WorkoutSession.start(Samples.sized(2, 2), "s-2", T0 + 10_000);
        assertSame(other, DraftMerge.choose(base, other));
        WorkoutSession serverAtSameTime = base.moveTo(1, T0 + 10_000);
        assertSame(serverAtSameTime, DraftMerge.choose(other, serverAtSameTime));
        WorkoutSession sameTime = WorkoutSession.start(Samples.sized(2, 2), "s-3", T0);
        assertSame(sameTime, DraftMerge.choose(base, sameTime));
    }
}
