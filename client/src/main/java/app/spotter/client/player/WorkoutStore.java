package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.json.Json;
import app.spotter.json.JsonNumbers;
import app.spotter.json.SessionCodec;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Stamp;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutJsonCache;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The active workout on this device (session model 2), under the same key as before: {@code {"schema": 2,
 * "workout": <document>, "watermark": "<stamp>" or null, "baseRevision": n, "restTimeRemaining": s, "savedAt":
 * ms}}. The watermark and revision of the last acknowledged sync are kept with it, so a reload sends a delta. A
 * schema-1 value ({@code {"sessionData": ...}}) is upgraded on read, the same way on every device; a value that
 * cannot be read is kept under a backup key, never dropped.
 */
public final class WorkoutStore {
    private final KeyValueStore storage;
    private final StorageKeys keys;
    private final Clock serverClock;
    /** The player saves on every state change: only the exercises that changed are written again. */
    private final WorkoutJsonCache written = new WorkoutJsonCache();

    public WorkoutStore(KeyValueStore storage, StorageKeys keys, Clock serverClock) {
        this.storage = storage;
        this.keys = keys;
        this.serverClock = serverClock;
    }

    /** What the key held: the workout (or null), the sync position kept with it, and where an unreadable value
     * went. */
    record Loaded(Workout workout, Stamp watermark, long baseRevision, String backupKey) {
        boolean hadUnreadable() {
            return backupKey != null;
        }
    }

    Loaded load() {
        String raw = storage.get(keys.activeSession());
        if (raw == null) {
            return new Loaded(null, null, 0, null);
        }
        try {
            JsonObject wrapper = Json.parseObject(raw);
            Object v1 = wrapper.get("sessionData");
            if (v1 instanceof JsonObject) {
                // Schema 1: never synced as model 2, so the first sync sends the whole document.
                return new Loaded(SchemaOneUpgrade.session(SessionCodec.fromJson((JsonObject) v1)), null, 0, null);
            }
            if (wrapper.getInt("schema") != Workout.SCHEMA || !(wrapper.get("workout") instanceof JsonObject)) {
                throw new IllegalStateException("not a stored workout of schema " + Workout.SCHEMA);
            }
            Workout workout = StoredDocuments.workout(wrapper.getObject("workout"));
            String mark = wrapper.getString("watermark");
            return new Loaded(workout, mark == null ? null : Stamp.parse(mark), wrapper.getLong("baseRevision"),
                    null);
        } catch (RuntimeException unreadable) {
            return new Loaded(null, null, 0,
                    StorageKeys.keepAside(storage, keys.activeSession(), raw, serverClock.now()));
        }
    }

    /** Writes the workout with the sync position; throws {@link StorageFullException} when the device refuses. */
    public void save(Workout workout, Stamp watermark, long baseRevision) {
        long now = serverClock.now();
        // In pieces, joined by the storage: the unchanged exercises' JSON is never copied into a buffer.
        List<String> value = new ArrayList<>(2 * workout.exercises().size() + 8);
        value.add("{\"schema\":" + Workout.SCHEMA + ",\"workout\":");
        written.addPieces(value, workout);
        value.add(",\"watermark\":" + (watermark == null ? "null" : "\"" + watermark.text() + "\"")
                + ",\"baseRevision\":" + JsonNumbers.whole(baseRevision)
                + ",\"restTimeRemaining\":" + workout.restRemainingSeconds(now)
                + ",\"savedAt\":" + JsonNumbers.whole(now) + "}");
        storage.putJoined(keys.activeSession(), value);
    }

    /** Removes the active workout if it is the given one (a newer one started since is left alone). */
    void clear(String sessionId) {
        Loaded loaded = load();
        if (loaded.workout() != null && loaded.workout().sessionId().equals(sessionId)) {
            storage.remove(keys.activeSession());
        }
    }

    /** Keeps a workout that another one replaced on this device under a backup key, and returns the key. */
    String keepAside(Workout workout) {
        return StorageKeys.keepAside(storage, keys.activeSession() + "." + workout.sessionId(),
                WorkoutCodec.write(workout), serverClock.now());
    }
}
