package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import app.spotter.validation.Limits;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The active workout in the device's storage: schema 2 with its sync position, schema 1 upgraded on read. */
class WorkoutStoreTest {
    private final WorkoutDevice device = new WorkoutDevice();
    private final WorkoutStore store = new WorkoutStore(device.storage, device.keys, device.time);

    @Test
    void aSchemaOneValueOfThePreviousReleaseIsUpgradedWithEverySetWeightAndTime() {
        WorkoutSession v1 = WorkoutSession.start(SchemaOneTemplates.push(), "s-1", FakeTime.T0)
                .editSet(0, 1, 7, 65.5, FakeTime.T0 + 1000).completeSet(0, 1, FakeTime.T0 + 2000)
                .completeSet(1, 0, FakeTime.T0 + 3000).moveTo(1, FakeTime.T0 + 4000);
        SchemaOneTemplates.storeActive(device.storage, device.keys, v1, FakeTime.T0);

        WorkoutStore.Loaded loaded = store.load();

        Workout workout = loaded.workout();
        assertEquals("s-1", workout.sessionId());
        assertEquals("t-push", workout.templateId());
        assertEquals(FakeTime.T0, workout.startedAt());
        assertEquals(v1.restEndsAt(), workout.restValue().endsAt());
        List<WorkoutExercise> exercises = workout.visibleExercises();
        assertEquals(List.of("Bench press", "Overhead press"), List.of(exercises.get(0).nameValue(),
                exercises.get(1).nameValue()));
        List<WorkoutSet> bench = exercises.get(0).visibleSets();
        assertEquals(2, bench.size());
        assertEquals(8, bench.get(0).repsValue());
        assertEquals(60.0, bench.get(0).weightValue());
        assertEquals(false, bench.get(0).isDone());
        assertEquals(7, bench.get(1).repsValue());
        assertEquals(65.5, bench.get(1).weightValue());
        assertTrue(bench.get(1).isDone());
        assertTrue(exercises.get(1).visibleSets().get(0).isDone());
        assertEquals(exercises.get(1).id(), workout.activeExercise().id());
        assertNull(loaded.watermark(), "never synced as model 2: the first sync sends everything");
        assertEquals(0, loaded.baseRevision());
    }

    @Test
    void twoDevicesUpgradeTheSameSchemaOneSessionToTheSameDocument() {
        WorkoutSession v1 = WorkoutSession.start(SchemaOneTemplates.push(), "s-1", FakeTime.T0)
                .completeSet(0, 0, FakeTime.T0 + 2000);
        SchemaOneTemplates.storeActive(device.storage, device.keys, v1, FakeTime.T0);
        WorkoutDevice other = new WorkoutDevice();
        SchemaOneTemplates.storeActive(other.storage, other.keys, v1, FakeTime.T0);
        assertEquals(store.load().workout(),
                new WorkoutStore(other.storage, other.keys, other.time).load().workout());
    }

    @Test
    void aStoredWorkoutOverTodaysInputLimitsStillLoads() {
        String longName = "Leg day ".repeat(18).trim();
        assertTrue(longName.length() > Limits.NAME_MAX_CHARS, "longer than a name may be typed now");
        store.save(SessionEdits.startEmpty("s-long", "Leg day", new Stamp(FakeTime.T0, 0, "a"), FakeTime.T0), null, 0);
        String key = device.keys.activeSession();
        device.storage.put(key, device.storage.get(key).replace("\"Leg day\"", "\"" + longName + "\""));

        Workout loaded = store.load().workout();
        assertEquals(longName, loaded.nameValue(), "read by shape: the limits are for input");
    }

    @Test
    void aSchemaTwoValueComesBackWithItsWatermarkAndRevision() {
        Stamp first = new Stamp(FakeTime.T0, 0, "a");
        Workout workout = SessionEdits.start(DeltaTrackerTest.grid(2, 2), "s-2", first, FakeTime.T0);
        String e = workout.visibleExercises().get(0).id();
        workout = SetEdits.completeSet(workout, e, workout.exercise(e).visibleSets().get(0).id(),
                new Stamp(FakeTime.T0 + 5, 0, "a"), FakeTime.T0 + 5);
        store.save(workout, first, 3);

        WorkoutStore.Loaded loaded = store.load();
        assertEquals(workout, loaded.workout());
        assertEquals(first, loaded.watermark());
        assertEquals(3, loaded.baseRevision());
        assertTrue(device.storage.get("spotter.v1.u.u-1.activeSession").startsWith("{\"schema\":2,"));
    }

    @Test
    void anUnreadableValueIsKeptUnderABackupKey() {
        device.storage.put("spotter.v1.u.u-1.activeSession", "{\"schema\":3,\"workout\":{}}");
        WorkoutStore.Loaded loaded = store.load();
        assertNull(loaded.workout());
        assertTrue(loaded.hadUnreadable());
        assertEquals("{\"schema\":3,\"workout\":{}}", device.storage.get(loaded.backupKey()));
        assertNull(device.storage.get("spotter.v1.u.u-1.activeSession"));
    }

    @Test
    void clearRemovesOnlyThatWorkout() {
        Workout workout = SessionEdits.startEmpty("s-3", "Empty", new Stamp(FakeTime.T0, 0, "a"), FakeTime.T0);
        store.save(workout, null, 0);
        store.clear("s-other");
        assertEquals(workout, store.load().workout());
        store.clear("s-3");
        assertNull(store.load().workout());
    }

    @Test
    void everySaveAfterAnEditStoresTheWholeDocumentInThePreviousReleasesLayout() {
        Stamp first = new Stamp(FakeTime.T0, 0, "a");
        Workout workout = SessionEdits.start(DeltaTrackerTest.grid(4, 3), "s-4", first, FakeTime.T0);
        store.save(workout, null, 0);
        for (int i = 0; i < 12; i++) {
            WorkoutExercise exercise = workout.visibleExercises().get(i % 4);
            String set = exercise.visibleSets().get(i % 3).id();
            Stamp stamp = new Stamp(FakeTime.T0 + 10 + i, 0, "a");
            workout = i % 2 == 0 ? SetEdits.completeSet(workout, exercise.id(), set, stamp, FakeTime.T0 + 10 + i)
                    : SetEdits.setReps(workout, exercise.id(), set, 6 + i, stamp);
            store.save(workout, first, i);

            long now = device.time.now();
            // The layout the release before the per-exercise cache wrote, so an older tab still reads it.
            assertEquals("{\"schema\":2,\"workout\":" + WorkoutCodec.write(workout) + ",\"watermark\":\""
                    + first.text() + "\",\"baseRevision\":" + i + ",\"restTimeRemaining\":"
                    + workout.restRemainingSeconds(now) + ",\"savedAt\":" + now + "}",
                    device.storage.get("spotter.v1.u.u-1.activeSession"));
            assertEquals(workout, store.load().workout());
        }
    }
}
