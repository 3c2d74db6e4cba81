package app.spotter.client.player;

import app.spotter.client.platform.KeyValueStore;

/** The device-storage keys of the player (the version is part of each name) and the rule for unreadable values. */
final class StorageKeys {
    static final String ACTIVE_SESSION = "spotter.v1.activeSession";
    static final String OUTBOX = "spotter.v1.outbox";
    static final String PENDING_DISCARDS = "spotter.v1.pendingDiscards";

    private StorageKeys() {
    }

    /**
     * Moves a value that can no longer be read (or a session that lost to another one) to its own backup key, so it
     * is never silently dropped, and returns that key. The original key is removed afterwards.
     */
    static String keepAside(KeyValueStore storage, String key, String value, long now) {
        String backupKey = key + ".backup." + now;
        storage.put(backupKey, value);
        if (storage.get(key) != null && storage.get(key).equals(value)) {
            storage.remove(key);
        }
        return backupKey;
    }
}
