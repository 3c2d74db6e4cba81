package app.spotter.client.player;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;

/** The device-storage keys of the player (the version is part of each name) and the rule for unreadable values. */
public final class StorageKeys {
    static final String ACTIVE_SESSION = "spotter.v1.activeSession";
    static final String OUTBOX = "spotter.v1.outbox";
    static final String PENDING_DISCARDS = "spotter.v1.pendingDiscards";
    /** The Workouts screen's copy of the server's template list (templates.TemplateCache). */
    public static final String TEMPLATE_CACHE = "spotter.v1.templateCache";

    private StorageKeys() {
    }

    /**
     * Moves a value that can no longer be read (or a session that lost to another one) to its own backup key, so it
     * is never silently dropped, and returns that key. The original key is removed only once the copy is written;
     * on a full device the original stays where it is and the answer says so.
     */
    static String keepAside(KeyValueStore storage, String key, String value, long now) {
        String backupKey = key + ".backup." + now;
        try {
            storage.put(backupKey, value);
        } catch (StorageFullException full) {
            return key + " (no copy could be made: this device's storage is full)";
        }
        if (value.equals(storage.get(key))) {
            storage.remove(key);
        }
        return backupKey;
    }
}
