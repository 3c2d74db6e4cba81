package app.spotter.client.player;

import app.spotter.client.platform.MemoryStorage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StorageKeysTest {
    private final MemoryStorage storage = new MemoryStorage();

    @Test
    void everyKeyCarriesTheUserId() {
        StorageKeys alex = StorageKeys.forUser("u-alex");
        assertEquals("spotter.v1.u.u-alex.activeSession", alex.activeSession());
        assertEquals("spotter.v1.u.u-alex.outbox", alex.outbox());
        assertEquals("spotter.v1.u.u-alex.pendingDiscards", alex.pendingDiscards());
        assertNotEquals(alex.activeSession(), StorageKeys.forUser("u-sam").activeSession());
    }

    @Test
    void backupKeysFollowTheUsersKey() {
        StorageKeys alex = StorageKeys.forUser("u-alex");
        storage.put(alex.outbox(), "broken");
        assertEquals("spotter.v1.u.u-alex.outbox.backup.7",
                StorageKeys.keepAside(storage, alex.outbox(), "broken", 7));
    }

    @Test
    void dataKeptBeforeAccountsMovesUnderTheUsersKeys() {
        storage.put("spotter.v1.activeSession", "draft");
        storage.put("spotter.v1.pendingDiscards", "[\"s-1\"]");
        StorageKeys alex = StorageKeys.forUser("u-alex");
        alex.adoptDeviceData(storage, 5);
        assertEquals("draft", storage.get(alex.activeSession()));
        assertEquals("[\"s-1\"]", storage.get(alex.pendingDiscards()));
        assertNull(storage.get("spotter.v1.activeSession"));
        assertNull(storage.get(alex.outbox()));
    }

    @Test
    void aUsersOwnDataWinsAndTheOlderValueIsBackedUpNotDropped() {
        StorageKeys alex = StorageKeys.forUser("u-alex");
        storage.put(alex.activeSession(), "newer");
        storage.put("spotter.v1.activeSession", "older");
        alex.adoptDeviceData(storage, 5);
        assertEquals("newer", storage.get(alex.activeSession()));
        assertEquals("older", storage.get(alex.activeSession() + ".backup.5"));
        assertNull(storage.get("spotter.v1.activeSession"));
    }

    @Test
    void aFullDeviceLeavesTheOldKeyForALaterSignIn() {
        storage.put("spotter.v1.outbox", "[]");
        storage.full = true;
        StorageKeys.forUser("u-alex").adoptDeviceData(storage, 5);
        assertEquals("[]", storage.get("spotter.v1.outbox"));
    }
}
