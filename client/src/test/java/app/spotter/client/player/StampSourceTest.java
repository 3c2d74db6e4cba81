package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.MemoryStorage;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import org.junit.jupiter.api.Test;

/** Two devices of one user, one of them with a clock 5 minutes fast (issue 10's first scenario, model level). */
class StampSourceTest {
    private static final long T0 = FakeTime.T0;

    @Test
    void stampsFollowServerTimeNotTheDeviceClock() {
        long[] server = {T0};
        StampSource source = new StampSource("a", () -> server[0]);
        assertEquals(T0, source.next().millis());
        assertEquals(new Stamp(T0, 1, "a"), source.next(), "same millisecond: the counter");
        server[0] += 10;
        assertEquals(T0 + 10, source.next().millis());
    }

    @Test
    void aChangeMadeAfterSeeingAnotherWinsWhateverTheClocks() {
        StampSource fast = new StampSource("fast", () -> T0 + 5 * 60_000);
        StampSource right = new StampSource("right", () -> T0);
        Workout shared = SessionEdits.start(DeltaTrackerTest.grid(1, 3), "s-1", right.next(), T0);
        String e = shared.visibleExercises().get(0).id();
        String set3 = shared.exercise(e).visibleSets().get(2).id();
        fast.saw(shared);
        Workout edited = SetEdits.setReps(shared, e, set3, 6, fast.next());
        right.saw(edited);
        Workout done = SetEdits.completeSet(edited, e, set3, right.next(), T0 + 1000);

        Workout onFast = WorkoutMerge.merge(edited, done);
        Workout onRight = WorkoutMerge.merge(done, edited);
        assertEquals(onFast, onRight);
        assertTrue(onFast.exercise(e).set(set3).isDone(), "set 3 done on both");
        assertEquals(6, onFast.exercise(e).set(set3).repsValue(), "and the reps edit kept");
    }

    @Test
    void theDeviceNodeIsMadeOnceAndKept() {
        MemoryStorage storage = new MemoryStorage();
        int[] calls = {0};
        String first = DeviceNode.of(storage, () -> "3f2a-9c.1b-" + (calls[0]++) + "77d0e1ff");
        String again = DeviceNode.of(storage, () -> "other");
        assertEquals("3f2a9c1b077d", first);
        assertEquals(first, again);
        assertTrue(Stamp.isNode(first));
        assertEquals("device", DeviceNode.fromId("..--"));
    }
}
