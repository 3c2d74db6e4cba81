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
        fast.doc = SetEdits.setReps(fast.doc, "e0", "e0.s1", 6, fast.stamp(T0 + 10_000));
        right.receive(fast.doc);
        right.doc = SetEdits.completeSet(right.doc, "e0", "e0.s1", right.stamp(T0 + 20_000), T0 + 20_000);
        fast.receive(right.doc);
        for (Device d : List.of(fast, right)) {
            WorkoutSet set = d.doc.exercise("e0").set("e0.s1");
            assertTrue(set.isDone());
            assertEquals(6, set.repsValue());
        }
        assertEquals(fast.doc, right.doc);
    }

    @Test
    void aChangeMadeAfterSeeingAnotherWinsWhateverTheClocks() {
        Device fast = new Device("fast", 3_600_000, started);
        Device slow = new Device("slow", -3_600_000, started);
        fast.doc = SetEdits.setWeight(fast.doc, "e0", "e0.s0", 70, fast.stamp(T0 + 1000));
        slow.receive(fast.doc);
        slow.doc = SetEdits.setWeight(slow.doc, "e0", "e0.s0", 65, slow.stamp(T0 + 2000));
        fast.receive(slow.doc);
        assertEquals(65.0, fast.doc.exercise("e0").set("e0.s0").weightValue());
        slow.doc = SetEdits.completeSet(slow.doc, "e0", "e0.s0", slow.stamp(T0 + 3000), T0 + 3000);
        fast.receive(slow.doc);
        fast.doc = SetEdits.undoSet(fast.doc, "e0", "e0.s0", fast.stamp(T0 + 4000));
        slow.receive(fast.doc);
        assertFalse(slow.doc.exercise("e0").set("e0.s0").isDone(), "an undo that saw the completion wins");
    }

    @Test
    void anUndoThatHadNotSeenACompletionCannotCancelIt() {
        Device a = new Device("a", 0, started);
        Device b = new Device("b", 3_600_000, started);
        a.doc = SetEdits.completeSet(a.doc, "e0", "e0.s0", a.stamp(T0 + 1000), T0 + 1000);
        b.receive(a.doc);
        b.doc = SetEdits.undoSet(b.doc, "e0", "e0.s0", b.stamp(T0 + 2000));
        a.doc = SetEdits.completeSet(a.doc, "e0", "e0.s1", a.stamp(T0 + 3000), T0 + 3000);
        a.doc = SetEdits.completeSet(SetEdits.undoSet(a.doc, "e0", "e0.s0", a.stamp(T0 + 4000)), "e0",
                "e0.s0", a.stamp(T0 + 5000), T0 + 5000);
        Workout merged = WorkoutMerge.merge(a.doc, b.doc);
        assertTrue(merged.exercise("e0").set("e0.s0").isDone(), "re-done after b's undo had been made");
        assertTrue(merged.exercise("e0").set("e0.s1").isDone());
    }

    @Test
    void aCopyWithFewerItemsRemovesNothing() {
        Workout withExtra = SetEdits.addSet(started, "e0", "extra", new Stamp(T0 + 1, 0, "a"));
        withExtra = SetEdits.completeSet(withExtra, "e0", "extra", new Stamp(T0 + 2, 0, "a"), T0 + 2);
        Workout delta = WorkoutDelta.since(started, started.latestStamp());
        Workout merged = WorkoutMerge.merge(withExtra, delta);
        assertEquals(withExtra, merged);
        assertTrue(merged.exercise("e0").set("extra").isDone());
    }

    @Test
    void aRemovalThatHadNotSeenACompletionBringsTheItemBack() {
        Workout removedSet = SetEdits.removeSet(started, "e0", "e0.s1", new Stamp(T0 + 100, 0, "b"));
        Workout removedExercise = ExerciseEdits.removeExercise(started, "e1", new Stamp(T0 + 100, 0, "b"));
        Workout completed = SetEdits.completeSet(started, "e0", "e0.s1", new Stamp(T0 + 50, 0, "a"), T0 + 50);
        completed = SetEdits.completeSet(completed, "e1", "e1.s0", new Stamp(T0 + 60, 0, "a"), T0 + 60);
        Workout merged = WorkoutMerge.merge(WorkoutMerge.merge(removedSet, removedExercise), completed);
        assertFalse(merged.exercise("e0").set("e0.s1").isRemoved());
        assertFalse(merged.exercise("e1").isRemoved());
        assertEquals(2, merged.setsDone());
    }

    @Test
    void anExerciseRemovalThatSawOneSetDoneDoesNotHideAnotherSetCompletedOnASlowClock() {
        Workout seenDone = SetEdits.completeSet(started, "e0", "e0.s1", new Stamp(T0 + 500, 0, "a"), T0 + 500);
        Workout removed = ExerciseEdits.removeExercise(seenDone, "e0", new Stamp(T0 + 600, 0, "a"));
        Workout slow = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(T0 + 100, 0, "slow"), T0 + 100);
        Workout merged = WorkoutMerge.merge(removed, slow);
        assertFalse(merged.exercise("e0").isRemoved(), "the remover never saw set 0 done");
        assertTrue(merged.exercise("e0").set("e0.s0").isDone());
    }

    @Test
    void aRemovalThatSawTheCompletionRemoves() {
        Workout completed = SetEdits.completeSet(started, "e0", "e0.s1", new Stamp(T0 + 50, 0, "a"), T0 + 50);
        Workout removed = SetEdits.removeSet(completed, "e0", "e0.s1", new Stamp(T0 + 60, 0, "b"));
        Workout merged = WorkoutMerge.merge(completed, removed);
        assertTrue(merged.exercise("e0").set("e0.s1").isRemoved());
        Workout gone = ExerciseEdits.removeExercise(completed, "e0", new Stamp(T0 + 70, 0, "b"));
        assertTrue(WorkoutMerge.merge(completed, gone).exercise("e0").isRemoved());
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
        assertEquals(List.of("e0", "e1", "e2", "xa", "xb"), order, "same key: ordered by id");
        Workout movedA = ExerciseEdits.moveExercise(ab, "e2", 1, new Stamp(T0 + 20, 0, "a"));
        Workout movedB = ExerciseEdits.moveExercise(ab, "e0", 1, new Stamp(T0 + 20, 0, "b"));
        Workout both = WorkoutMerge.merge(movedA, movedB);
        assertEquals(both, WorkoutMerge.merge(movedB, movedA));
        assertEquals(5, both.visibleExercises().size());
    }

    @Test
    void mergeIsIdempotentCommutativeAndAssociative() {
        Workout a = SetEdits.setReps(started, "e0", "e0.s0", 5, new Stamp(T0 + 1, 0, "a"));
        Workout b = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(T0 + 2, 0, "b"), T0 + 2);
        Workout c = SessionEdits.rename(started, "Push B", new Stamp(T0 + 3, 0, "c"));
        assertEquals(a, WorkoutMerge.merge(a, a));
        assertEquals(WorkoutMerge.merge(a, b), WorkoutMerge.merge(b, a));
        assertEquals(WorkoutMerge.merge(WorkoutMerge.merge(a, b), c), WorkoutMerge.merge(a, WorkoutMerge.merge(b, c)));
    }

    @Test
    void theLaterFinishAndSessionFieldsWin() {
        Workout done = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(T0 + 1, 0, "a"), T0 + 1);
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
