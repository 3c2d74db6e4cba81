package app.spotter.client.active;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.Json;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonObject;

/**
 * Reads, never writes, the player's saved workout in progress, for the "Workout in progress" banner. It needs only
 * the name and start time: from the session-model-2 value ({@code {"schema": 2, "workout": <WorkoutCodec
 * document>, ...}}, read with the one codec), and loosely from a schema-1 value ({@code {"sessionData": {"name",
 * "startedAt", ...}}}) that the player has not upgraded yet. Anything it cannot read means "no banner"; the
 * player owns the value and its recovery.
 */
public final class ActiveWorkoutReader {
    private static final String TEMPLATE_CACHE = "templateCache";
    private static final String ACTIVE_SESSION = "activeSession";
    private final KeyValueStore storage;
    private final String key;

    /** Reads the workout in progress of the user whose keys these are. */
    public ActiveWorkoutReader(KeyValueStore storage, StorageKeys keys) {
        this.storage = storage;
        this.key = keyOf(keys);
    }

    /**
     * The player's key for the user's workout in progress. {@link StorageKeys} keeps that name to the player; it
     * publishes the template cache's key, which sits beside it under the same per-user prefix, so the prefix is
     * still StorageKeys' own and follows it if it changes.
     */
    static String keyOf(StorageKeys keys) {
        String beside = keys.templateCache();
        return beside.substring(0, beside.length() - TEMPLATE_CACHE.length()) + ACTIVE_SESSION;
    }


    /** The workout in progress, or null when there is none or the value cannot be read. */
    public ActiveWorkout read() {
        String raw = storage.get(key);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            JsonObject value = Json.parseObject(raw);
            if (value.get("workout") instanceof JsonObject) {
                return fromWorkout(StoredDocuments.workout(value.getObject("workout")));
            }
            ActiveWorkout found = from(value);
            if (found == null) {
                found = from(value.getObject("sessionData"));
            }
            if (found == null) {
                found = from(value.getObject("session"));
            }
            return found;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static ActiveWorkout fromWorkout(Workout workout) {
        String name = workout.nameValue().trim();
        return workout.isFinished() || name.isEmpty() ? null : new ActiveWorkout(name, workout.startedAt());
    }

    private static ActiveWorkout from(JsonObject session) {
        if (session == null || !(session.get("name") instanceof String) || !(session.get("startedAt") instanceof Number)
                || session.get("finishedAt") instanceof Number && ((Number) session.get("finishedAt")).longValue() > 0) {
            return null;
        }
        String name = session.getString("name").trim();
        long startedAt = ((Number) session.get("startedAt")).longValue();
        return name.isEmpty() || startedAt <= 0 ? null : new ActiveWorkout(name, startedAt);
    }
}
