package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Workout;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutOutboxTest {
    private final WorkoutDevice device = new WorkoutDevice();
    private final WorkoutOutbox outbox = new WorkoutOutbox(device.storage, device.keys, device.time);

    private static WorkoutSession finishedV1(String id) {
        return WorkoutSession.start(SchemaOneTemplates.push(), id, FakeTime.T0).editSet(0, 0, 9, 61, FakeTime.T0 + 500)
                .completeSet(0, 0, FakeTime.T0 + 1000).finish(FakeTime.T0 + 600_000);
    }

    /** The outbox as the previous release left it: a schema-1 list. */
    private void previousReleaseWaiting(WorkoutSession... finished) {
        device.storage.put(device.keys.outbox(), SessionCodec.writeList(List.of(finished)));
    }

    @Test
    void schemaOneWorkoutsWaitingToUploadAreReadAsModelTwo() {
        previousReleaseWaiting(finishedV1("s-1"), finishedV1("s-2"));

        List<Workout> waiting = outbox.all();

        assertEquals(2, waiting.size());
        Workout first = waiting.get(0);
        assertEquals(SchemaOneUpgrade.session(finishedV1("s-1")), first);
        assertEquals(600, first.durationSeconds());
        assertEquals(FakeTime.T0 + 600_000, first.finishedAtValue());
        assertEquals(9, first.visibleExercises().get(0).visibleSets().get(0).repsValue());
        assertEquals(61.0, first.visibleExercises().get(0).visibleSets().get(0).weightValue());
        assertTrue(outbox.contains("s-2"));
    }

    @Test
    void addingAfterTheUpgradeWritesSchemaTwoAndKeepsTheOthers() {
        previousReleaseWaiting(finishedV1("s-1"));
        Workout second = SchemaOneUpgrade.session(finishedV1("s-2"));
        outbox.add(second);
        assertEquals(2, outbox.all().size());
        assertTrue(device.storage.get("spotter.v1.u.u-1.outbox").contains("\"schema\":2"));
        assertTrue(!device.storage.get("spotter.v1.u.u-1.outbox").contains("\"schema\":1"));
        outbox.remove("s-1");
        assertEquals(List.of(second), outbox.all());
        outbox.remove("s-2");
        assertEquals(null, device.storage.get("spotter.v1.u.u-1.outbox"));
    }

    @Test
    void oneUnreadableEntryIsKeptAsideAndTheOthersStay() {
        String good = SessionCodec.write(finishedV1("s-1"));
        device.storage.put("spotter.v1.u.u-1.outbox", "[" + good + ",{\"schema\":1,\"broken\":true}]");
        assertEquals(1, outbox.all().size());
        assertEquals(1, outbox.all().size(), "read again: no second backup of the same entry");
        long backups = device.storage.values.keySet().stream()
                .filter(k -> k.startsWith("spotter.v1.u.u-1.outbox.1.backup.")).count();
        assertEquals(1, backups);
    }
}
