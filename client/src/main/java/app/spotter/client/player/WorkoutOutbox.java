package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.json.Json;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Finished workouts waiting for the server's acknowledgement (session model 2), as a JSON array of documents
 * under the user's outbox key. Entries of schema 1 (written by the previous release) are upgraded as they are
 * read, each on its own, so one unreadable entry never costs the others; it is kept under a backup key.
 */
final class WorkoutOutbox {
    private final KeyValueStore storage;
    private final StorageKeys keys;
    private final Clock clock;

    WorkoutOutbox(KeyValueStore storage, StorageKeys keys, Clock clock) {
        this.storage = storage;
        this.keys = keys;
        this.clock = clock;
    }

    List<Workout> all() {
        String raw = storage.get(keys.outbox());
        List<Workout> workouts = new ArrayList<>();
        if (raw == null) {
            return workouts;
        }
        JsonArray array;
        try {
            array = Json.parseArray(raw);
        } catch (RuntimeException unreadable) {
            StorageKeys.keepAside(storage, keys.outbox(), raw, clock.now());
            return workouts;
        }
        boolean keptAside = false;
        for (int i = 0; i < array.size(); i++) {
            Object entry = array.get(i);
            String text = entry instanceof JsonObject ? Json.write((JsonObject) entry) : String.valueOf(entry);
            try {
                workouts.add(SchemaOneUpgrade.readSession(text));
            } catch (RuntimeException unreadable) {
                StorageKeys.keepAside(storage, keys.outbox() + "." + i, text, clock.now());
                keptAside = true;
            }
        }
        if (keptAside) {
            write(workouts);
        }
        return workouts;
    }

    boolean contains(String sessionId) {
        for (Workout workout : all()) {
            if (workout.sessionId().equals(sessionId)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a finished workout, replacing an earlier copy of the same session. */
    void add(Workout finished) {
        List<Workout> workouts = without(finished.sessionId());
        workouts.add(finished);
        storage.put(keys.outbox(), WorkoutCodec.writeList(workouts));
    }

    void remove(String sessionId) {
        write(without(sessionId));
    }

    private void write(List<Workout> workouts) {
        if (workouts.isEmpty()) {
            storage.remove(keys.outbox());
        } else {
            storage.put(keys.outbox(), WorkoutCodec.writeList(workouts));
        }
    }

    private List<Workout> without(String sessionId) {
        List<Workout> workouts = all();
        workouts.removeIf(w -> w.sessionId().equals(sessionId));
        return workouts;
    }
}
