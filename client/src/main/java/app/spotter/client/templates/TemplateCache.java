package app.spotter.client.templates;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import com.grack.nanojson.JsonArray;
import java.util.ArrayList;
import java.util.List;

/**
 * The last template list the server sent, kept on this device so that the Workouts screen, and starting a workout
 * from it, work without a connection. A copy only: the server's list always wins when it answers. It is written
 * in templates v2; a list the schema-1 release wrote is read through {@link SchemaOneUpgrade}, so someone offline
 * right after the update still sees and starts their templates.
 */
final class TemplateCache {
    private final KeyValueStore storage;
    private final String key;

    TemplateCache(KeyValueStore storage, StorageKeys keys) {
        this.storage = storage;
        this.key = keys.templateCache();
    }

    void save(List<Template> templates) {
        saveText(TemplateCodecV2.writeList(templates));
    }

    /**
     * Keeps the server's text of the list as it came (templates v2); most loads bring the list the device already
     * has, and then nothing is written (writing it again cost a long task on every visit to the Workouts screen).
     */
    void saveText(String text) {
        if (text.equals(storage.get(key))) {
            return;
        }
        try {
            storage.put(key, text);
        } catch (StorageFullException full) {
            // A full device keeps the older copy: the workout itself matters more than this convenience.
        }
    }

    /** The saved list, or null when there is none or it cannot be read (then it is dropped: the server has it). */
    List<Template> load() {
        String raw = storage.get(key);
        if (raw == null) {
            return null;
        }
        try {
            JsonArray array = Json.parseArray(raw);
            List<Template> templates = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                templates.add(SchemaOneUpgrade.readTemplate(Json.write(JsonFields.element(array, i, ""))));
            }
            return templates;
        } catch (RuntimeException unreadable) {
            storage.remove(key);
            return null;
        }
    }
}
