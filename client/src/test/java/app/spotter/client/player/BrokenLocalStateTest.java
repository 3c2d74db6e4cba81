package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.workout.Workout;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the device's storage holds, the player opens: a value it cannot use is kept under a backup key, the
 * server's copy is used when there is one, and the user is told in plain words.
 */
class BrokenLocalStateTest {
    private static final Workout STARTED = WorkoutDevice.pushStarted("s-1", FakeTime.T0);
    private final WorkoutDevice device = new WorkoutDevice();

    static Stream<String> unusableValues() {
        String session = SessionCodec.write(app.spotter.session.WorkoutSession.start(
                SchemaOneTemplates.push(), "s-1", FakeTime.T0));
        return Stream.of(
                "{broken",
                "[]",
                "{\"sessionData\":" + session.replace("\"schema\":1", "\"schema\":0") + "}",
                "{\"sessionData\":" + session.replace("\"schema\":1", "\"schema\":2") + "}",
                "{\"sessionData\":" + session.replace("\"schema\":1,", "") + "}",
                // The layout before restTimeRemaining/savedAt: the bare session without its wrapper.
                session);
    }

    @ParameterizedTest
    @MethodSource("unusableValues")
    void theServersCopyIsUsedAndTheBadValueKept(String bad) {
        device.storage.values.put(device.keys.activeSession(), bad);
        device.server.draft = STARTED;

        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();

        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertEquals(STARTED.sessionId(), player.state().workout().sessionId());
        assertTrue(player.state().notice().startsWith("A workout saved on this device could not be read."));
        assertBackedUp(bad);
    }

    @ParameterizedTest
    @MethodSource("unusableValues")
    void withoutAServerCopyThePlayerOpensEmptyAndSaysWhereTheValueIs(String bad) {
        device.storage.values.put(device.keys.activeSession(), bad);

        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();

        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertTrue(player.state().notice().contains(device.keys.activeSession() + ".backup."));
        assertNull(device.storage.get(device.keys.activeSession()));
        assertBackedUp(bad);
    }

    @ParameterizedTest
    @MethodSource("unusableValues")
    void aFullDeviceLeavesTheBadValueInPlaceAndStillOpens(String bad) {
        device.storage.values.put(device.keys.activeSession(), bad);
        device.storage.full = true;
        device.server.draft = STARTED;

        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();

        assertEquals(LiveState.Phase.ACTIVE, player.state().phase());
        assertTrue(player.state().notice().contains("storage is full"));
        assertEquals(bad, device.storage.get(device.keys.activeSession()));
    }

    // The bare session is a fine outbox entry, so the outbox is tried with the others only.
    static Stream<String> unusableOutboxEntries() {
        return unusableValues().limit(5);
    }

    @ParameterizedTest
    @MethodSource("unusableOutboxEntries")
    void anUnusableOutboxNeitherCrashesNorIsDropped(String bad) {
        String list = "[" + bad + "]";
        device.storage.values.put(device.keys.outbox(), list);

        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();

        assertEquals(LiveState.Phase.EMPTY, player.state().phase());
        assertTrue(device.storage.values.keySet().stream().anyMatch(key -> key.startsWith(device.keys.outbox() + ".")
                && key.contains(".backup.")), "kept under a backup key (the list, or the entry it could not read)");
        assertNull(device.storage.get(device.keys.outbox()));
    }

    private void assertBackedUp(String bad) {
        assertTrue(device.storage.values.entrySet().stream().anyMatch(entry ->
                entry.getKey().startsWith(device.keys.activeSession() + ".backup.") && entry.getValue().equals(bad)),
                "the unreadable value is kept under a backup key");
    }
}
