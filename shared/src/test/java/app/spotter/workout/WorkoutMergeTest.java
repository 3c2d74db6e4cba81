package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutMergeTest {
    /** A device whose clock is off by {@code skew} ms and which has not yet measured its offset. */
    private static final class Device {
        final HybridClock clock;
        final long skew;
        Workout doc;

        Device(String node, long skew, Workout doc) {
            this.clock = new HybridClock(node, null);
            this.skew = skew;
            receive(doc);
        }

        Stamp stamp(long trueNow) {
            return clock.next(trueNow + skew);
        }

        void receive(Workout other) {
            doc = doc == null ? other : WorkoutMerge.merge(doc, other);
            clock.observe(doc.latestStamp());
        }
    }

    private final Workout started = WorkoutSamples.started(WorkoutSamples.pushDay());

    @Test
    void aFastDevicesRepsEditDoesNotUndoTheOtherDevicesCompletion() {
        Device fast = new Device("fast", 5 * 60_000, started);
        Device right = new Device("right", 0, started);
        fast.doc = SetEdits.setReps(fast.doc, "s1.e0", "s1.e0.s1", 6, fast.stamp(T0 + 10_000));
        right.receive(fast.doc);
        right.doc = SetEdits.completeSet(right.doc, "s1.e0", "s1.e0.s1", right.stamp(T0 + 20_000), T0 + 20_000);
        fast.receive(right.doc);
        for (Device d : List.of(fast, right)) {
            WorkoutSet set = d.doc.exercise("s1.e0").set("s1.e0.s1");
            assertTrue(set.isDone());
            assertEquals(6, set.repsValue());
        }
        assertEquals(fast.doc, right.doc);
    }

    @Test
    void aChangeMadeAfterSeeingAnotherWinsWhateverTheClocks() {
        Device fast = new Device("fast", 3_600_000, started);
        Device slow = new Device("slow", -3_600_000, started);
        fast.doc = SetEdits.setWeight(fast.doc, "s1.e0", "s1.e0.s0", 70, fast.stamp(T0 + 1000));
        slow.receive(fast.doc);
        slow.doc = SetEdits.setWeight(slow.doc, "s1.e0", "s1.e0.s0", 65, slow.stamp(T0 + 2000));
        fast.receive(slow.doc);
        assertEquals(65.0, fast.doc.exercise("s1.e0").set("s1.e0.s0").weightValue());
        slow.doc = SetEdits.completeSet(slow.doc, "s1.e0", "s1.e0.s0", slow.stamp(T0 + 3000), T0 + 3000);
        fast.receive(slow.doc);
        fast.doc = SetEdits.undoSet(fast.doc, "s1.e0", "s1.e0.s0", fast.stamp(T0 + 4000));
        slow.receive(fast.doc);
        assertFalse(slow.doc.exercise("s1.e0").set("s1.e0.s0").isDone(), "an undo that saw the completion wins");
    }

    @Test
    void anUndoThatHadNotSeenACompletionCannotCancelIt() {
        Device a = new Device("a", 0, started);
        Device b = new Device("b", 3_600_000, started);
        a.doc = SetEdits.completeSet(a.doc, "s1.e0", "s1.e0.s0", a.stamp(T0 + 1000), T0 + 1000);
        b.receive(a.doc);
        b.doc = SetEdits.undoSet(b.doc, "s1.e0", "s1.e0.s0", b.stamp(T0 + 2000));
        a.doc = SetEdits.completeSet(a.doc, "s1.e0", "s1.e0.s1", a.stamp(T0 + 3000), T0 + 3000);
        a.doc = SetEdits.completeSet(SetEdits.undoSet(a.doc, "s1.e0", "s1.e0.s0", a.stamp(T0 + 4000)), "s1.e0",
                "s1.e0.s0", a.stamp(T0 + 5000), T0 + 5000);
        Workout merged = WorkoutMerge.merge(a.doc, b.doc);
        assertTrue(merged.exercise("s1.e0").set("s1.e0.s0").isDone(), "re-done after b's undo had been made");
        assertTrue(merged.exercise("s1.e0").set("s1.e0.s1").isDone());
    }

    @Test
    void aCopyWithFewerItemsRemovesNothing() {
        Workout withExtra = SetEdits.addSet(started, "s1.e0", "extra", new Stamp(T0 + 1, 0, "a"));
        withExtra = SetEdits.completeSet(withExtra, "s1.e0", "extra", new Stamp(T0 + 2, 0, "a"), T0 + 2);
        Workout delta = WorkoutDelta.since(started, started.latestStamp());
        Workout merged = WorkoutMerge.merge(withExtra, delta);
        assertEquals(withExtra, merged);
        assertTrue(merged.exercise("s1.e0").set("extra").isDone());
    }

    @Test
    void aRemovalThatHadNotSeenACompletionBringsTheItemBack() {
        Workout removedSet = SetEdits.removeSet(started, "s1.e0", "s1.e0.s1", new Stamp(T0 + 100, 0, "b"));
        Workout removedExercise = ExerciseEdits.removeExercise(started, "s1.e1", new Stamp(T0 + 100, 0, "b"));
        Workout completed = SetEdits.completeSet(started, "s1.e0", "s1.e0.s1", new Stamp(T0 + 50, 0, "a"), T0 + 50);
        completed = SetEdits.completeSet(completed, "s1.e1", "s1.e1.s0", new Stamp(T0 + 60, 0, "a"), T0 + 60);
        Workout merged = WorkoutMerge.merge(WorkoutMerge.merge(removedSet, removedExercise), completed);
        assertFalse(merged.exercise("s1.e0").set("s1.e0.s1").isRemoved());
        assertFalse(merged.exercise("s1.e1").isRemoved());
        assertEquals(2, merged.setsDone());
    }

    @Test
    void aRemovalThatSawTheCompletionRemoves() {
        Workout completed = SetEdits.completeSet(started, "s1.e0", "s1.e0.s1", new Stamp(T0 + 50, 0, "a"), T0 + 50);
        Workout removed = SetEdits.removeSet(completed, "s1.e0", "s1.e0.s1", new Stamp(T0 + 60, 0, "b"));
        Workout merged = WorkoutMerge.merge(completed, removed);
        assertTrue(merged.exercise("s1.e0").set("s1.e0.s1").isRemoved());
        Workout gone = ExerciseEdits.removeExercise(completed, "s1.e0", new Stamp(T0 + 70, 0, "b"));
        assertTrue(WorkoutMerge.merge(completed, gone).exercise("s1.e0").isRemoved());
    }

    @Test
    void twoDevicesInsertingAtOnceKeepBothItemsInOneOrder() {
        Workout a = ExerciseEdits.addExercise(started, "xa", "Dip", ExerciseKind.BODYWEIGHT_REPS, 60,
                new Stamp(T0 + 10, 0, "a"));
        Workout b = ExerciseEdits.addExercise(started, "xb", "Fly", ExerciseKind.WEIGHT_REPS, 60,
                new Stamp(T0 + 10, 0, "b"));
        Workout ab = WorkoutMerge.merge(a, b);
        Workout ba = WorkoutMerge.merge(b, a);
        assertEquals(ab, ba);
        List<String> order = ab.visibleExercises().stream().map(WorkoutExercise::id).toList();
        assertEquals(List.of("s1.e0", "s1.e1", "s1.e2", "xa", "xb"), order, "same key: ordered by id");
        Workout movedA = ExerciseEdits.moveExercise(ab, "s1.e2", 1, new Stamp(T0 + 20, 0, "a"));
        Workout movedB = ExerciseEdits.moveExercise(ab, "s1.e0", 1, new Stamp(T0 + 20, 0, "b"));
        Workout both = WorkoutMerge.merge(movedA, movedB);
        assertEquals(both, WorkoutMerge.merge(movedB, movedA));
        assertEquals(5, both.visibleExercises().size());
    }

    @Test
    void mergeIsIdempotentCommutativeAndAssociative() {
        Workout a = SetEdits.setReps(started, "s1.e0", "s1.e0.s0", 5, new Stamp(T0 + 1, 0, "a"));
        Workout b = SetEdits.completeSet(started, "s1.e0", "s1.e0.s0", new Stamp(T0 + 2, 0, "b"), T0 + 2);
        Workout c = SessionEdits.rename(started, "Push B", new Stamp(T0 + 3, 0, "c"));
        assertEquals(a, WorkoutMerge.merge(a, a));
        assertEquals(WorkoutMerge.merge(a, b), WorkoutMerge.merge(b, a));
        assertEquals(WorkoutMerge.merge(WorkoutMerge.merge(a, b), c), WorkoutMerge.merge(a, WorkoutMerge.merge(b, c)));
    }

    @Test
    void theLaterFinishAndSessionFieldsWin() {
        Workout done = SetEdits.completeSet(started, "s1.e0", "s1.e0.s0", new Stamp(T0 + 1, 0, "a"), T0 + 1);
        Workout first = SessionEdits.finish(done, new Stamp(T0 + 1000, 0, "a"), T0 + 1000);
        Workout second = SessionEdits.finish(done, new Stamp(T0 + 2000, 0, "b"), T0 + 2000);
        assertEquals(T0 + 2000, WorkoutMerge.merge(first, second).finishedAtValue());
    }

    @Test
    void copiesOfDifferentSessionsDoNotMerge() {
        Workout other = SessionEdits.startEmpty("s9", "Other", new Stamp(T0, 0, "a"), T0);
        assertThrows(IllegalArgumentException.class, () -> WorkoutMerge.merge(started, other));
    }
}
