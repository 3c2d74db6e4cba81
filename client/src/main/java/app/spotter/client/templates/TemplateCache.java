package app.spotter.client.templates;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.TemplateCodec;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;

/**
 * The last template list the server sent, kept on this device so that the Workouts screen, and starting a workout
 * from it, work without a connection. A copy only: the server's list always wins when it answers.
 */
final class TemplateCache {
    private final KeyValueStore storage;
    private final String key;

    TemplateCache(KeyValueStore storage, StorageKeys keys) {
        this.storage = storage;
        this.key = keys.templateCache();
    }

    void save(List<WorkoutTemplate> templates) {
        try {
            storage.put(key, TemplateCodec.writeList(templates));
        } catch (StorageFullException full) {
            // A full device keeps the older copy: the workout itself matters more than this convenience.
        }
    }

    /** The saved list, or null when there is none or it cannot be read (then it is dropped: the server has it). */
    List<WorkoutTemplate> load() {
        String raw = storage.get(key);
        if (raw == null) {
            return null;
        }
        try {
            return TemplateCodec.readList(raw);
        } catch (RuntimeException unreadable) {
            storage.remove(key);
            return null;
        }
    }
}
