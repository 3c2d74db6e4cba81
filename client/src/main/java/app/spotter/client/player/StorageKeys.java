package app.spotter.client.player;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;

/**
 * The device-storage keys of one user's player (the version is part of each name) and the rule for unreadable
 * values. Every key carries the user id, so two people sharing a browser never see or upload each other's workout.
 */
public final class StorageKeys {
    /** Where the player kept its data before there were accounts; the first user to sign in adopts it. */
    static final String[] DEVICE_KEYS = {"spotter.v1.activeSession", "spotter.v1.outbox", "spotter.v1.pendingDiscards"};

    private final String prefix;

    private StorageKeys(String prefix) {
        this.prefix = prefix;
    }

    public static StorageKeys forUser(String userId) {
        return new StorageKeys("spotter.v1.u." + userId + ".");
    }

    String activeSession() {
        return prefix + "activeSession";
    }

    public String outbox() {
        return prefix + "outbox";
    }

    String pendingDiscards() {
        return prefix + "pendingDiscards";
    }

    /** The pickers' copy of the user's custom exercises (catalog.CustomExerciseList). */
    public String customExercises() {
        return prefix + "customExercises";
    }

    /** The Workouts screen's copy of the server's template list (templates.TemplateCache). */
    public String templateCache() {
        return prefix + "templateCache";
    }

    /**
     * Moves the data the player kept before accounts existed under this user's keys, so the workout of the person
     * who used the app before (the owner, on a single-user install) survives the upgrade. A user key that already
     * holds data keeps it; the older value then goes to a backup key of that user, never dropped.
     */
    public void adoptDeviceData(KeyValueStore storage, long now) {
        String[] own = {activeSession(), outbox(), pendingDiscards()};
        for (int i = 0; i < DEVICE_KEYS.length; i++) {
            String value = storage.get(DEVICE_KEYS[i]);
            if (value == null) {
                continue;
            }
            String target = storage.get(own[i]) == null ? own[i] : own[i] + ".backup." + now;
            try {
                storage.put(target, value);
                storage.remove(DEVICE_KEYS[i]);
            } catch (StorageFullException full) {
                // The old key stays where it is and is adopted on a later sign-in.
            }
        }
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
