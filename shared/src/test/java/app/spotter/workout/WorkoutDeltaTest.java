package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkoutDeltaTest {
    private final Workout started = WorkoutSamples.started(WorkoutSamples.sized(8, 4));

    @Test
    void aDeltaCarriesOnlyWhatChangedAfterTheWatermark() {
        Stamp watermark = started.latestStamp();
        Workout after = SetEdits.completeSet(started, "e3", "e3.s2", at(T0 + 5000, "a"), T0 + 5000);
        Workout delta = WorkoutDelta.since(after, watermark);
        assertTrue(delta.partial());
        assertEquals(1, delta.exercises().size());
        WorkoutExercise exercise = delta.exercises().get(0);
        assertEquals("Exercise 4", exercise.nameValue(), "items travel whole");
        assertEquals(1, exercise.sets().size(), "only the changed set");
        WorkoutSet set = exercise.sets().get(0);
        assertEquals(at(T0 + 5000, "a"), set.doneAt());
        assertEquals(7, set.repsValue(), "a set travels whole, so a copy that never had it gets all of it");
        assertEquals("e3", delta.activeExerciseId().value());
        assertNull(delta.name());
        assertTrue(WorkoutDelta.isEmpty(WorkoutDelta.since(after, after.latestStamp()), after.latestStamp()));
    }

    @Test
    void mergingTheDeltaIntoACopyWithEverythingUpToTheWatermarkEqualsMergingTheWholeDocument() {
        Workout server = started;
        Stamp watermark = started.latestStamp();
        Workout client = SetEdits.completeSet(started, "e0", "e0.s0", at(T0 + 1000, "a"), T0 + 1000);
        client = SetEdits.removeSet(client, "e1", "e1.s3", at(T0 + 2000, "a"));
        client = SetEdits.undoSet(client, "e0", "e0.s0", at(T0 + 3000, "a"));
        client = ExerciseEdits.moveExercise(client, "e7", -1, at(T0 + 4000, "a"));
        Workout delta = WorkoutDelta.since(client, watermark);
        assertEquals(WorkoutMerge.merge(server, client), WorkoutMerge.merge(server, delta));
        assertEquals(client, WorkoutMerge.merge(server, delta));
    }

    @Test
    void aNullWatermarkGivesEverythingMarkedPartial() {
        Workout all = WorkoutDelta.since(started, null);
        assertTrue(all.partial());
        assertEquals(started, WorkoutMerge.merge(all, started));
        assertEquals(started.exercises().size(), all.exercises().size());
    }
}
