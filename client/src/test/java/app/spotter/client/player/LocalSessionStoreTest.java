package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.StorageFullException;
import app.spotter.json.Json;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class LocalSessionStoreTest {
    private final Fakes device = new Fakes();
    private final LocalSessionStore store = new LocalSessionStore(device.storage, device.keys, device.time);
    private final WorkoutSession session = WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0);

    @Test
    void savesSessionDataRestTimeRemainingAndSavedAtUnderOneKey() {
        device.time.advance(5000);
        store.save(session.completeSet(0, 0, device.time.now()));
        JsonObject stored = Json.parseObject(device.storage.get("spotter.v1.u.u-1.activeSession"));
        assertEquals("s-1", stored.getObject("sessionData").getString("sessionId"));
        assertEquals(90, stored.getInt("restTimeRemaining"));
        assertEquals(FakeTime.T0 + 5000, stored.getLong("savedAt"));
        assertEquals(1, device.storage.values.size());
    }

    @Test
    void readsBackTheSessionItSaved() {
        WorkoutSession changed = session.completeSet(0, 1, FakeTime.T0 + 1000).moveTo(1, FakeTime.T0 + 2000);
        store.save(changed);
        assertEquals(changed, store.load().session());
        assertFalse(store.load().hadUnreadable());
    }

    @Test
    void anUnreadableValueIsMovedToABackupKeyNeverDropped() {
        device.storage.put("spotter.v1.u.u-1.activeSession", "{\"sessionData\": {\"schema\": 99}");
        LocalSessionStore.Loaded loaded = store.load();
        assertNull(loaded.session());
        assertTrue(loaded.hadUnreadable());
        assertEquals("{\"sessionData\": {\"schema\": 99}", device.storage.get(loaded.backupKey()));
        assertNull(device.storage.get("spotter.v1.u.u-1.activeSession"));
    }

    @Test
    void anUnreadableValueStaysPutWhenNoCopyCanBeMade() {
        device.storage.put("spotter.v1.u.u-1.activeSession", "not json");
        device.storage.full = true;
        LocalSessionStore.Loaded loaded = store.load();
        assertNull(loaded.session());
        assertTrue(loaded.backupKey().contains("storage is full"));
        assertEquals("not json", device.storage.get("spotter.v1.u.u-1.activeSession"));
    }

    @Test
    void clearingAnOlderSessionLeavesANewerOneAlone() {
        store.save(session);
        store.clear("some-other-session");
        assertEquals(session, store.load().session());
        store.clear("s-1");
        assertNull(store.load().session());
    }

    @Test
    void aFullDeviceIsReportedNotIgnored() {
        device.storage.full = true;
        assertThrows(StorageFullException.class, () -> store.save(session));
    }

    @Test
    void anUnreadableOutboxIsKeptAside() {
        device.storage.put("spotter.v1.u.u-1.outbox", "[{\"not\": \"a session\"}]");
        Outbox outbox = new Outbox(device.storage, device.keys, device.time);
        assertTrue(outbox.all().isEmpty());
        assertTrue(device.storage.values.containsKey("spotter.v1.u.u-1.outbox.backup." + FakeTime.T0));
    }

    @Test
    void theOutboxKeepsOneCopyPerSession() {
        Outbox outbox = new Outbox(device.storage, device.keys, device.time);
        WorkoutSession finished = session.finish(FakeTime.T0 + 60_000);
        outbox.add(finished);
        outbox.add(finished);
        assertEquals(1, outbox.all().size());
        outbox.remove("s-1");
        assertNull(device.storage.get("spotter.v1.u.u-1.outbox"));
    }
}
