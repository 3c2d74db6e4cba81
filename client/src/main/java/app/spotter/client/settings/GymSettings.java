package app.spotter.client.settings;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import app.spotter.plates.Plate;
import app.spotter.plates.PlateSetup;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The gym-floor settings of this device, read by the player: bar and plates (one setup per unit), the rest-end
 * sound and its volume, and keeping the screen awake. Stored as one JSON value; a missing or unreadable value, or a
 * missing field, gives the default, so a reader never fails.
 */
public final class GymSettings {
    static final String KEY = "spotter.v1.gym";
    private static final int DEFAULT_VOLUME = 70;
    private final KeyValueStore storage;

    public GymSettings(KeyValueStore storage) {
        this.storage = storage;
    }

    /** The bar and plates for weights shown in {@code unit}; the defaults of that unit until the user edits them. */
    public PlateSetup plates(WeightUnit unit) {
        try {
            JsonObject setup = stored().getObject(unit.label());
            if (setup == null) {
                return PlateSetup.defaultFor(unit);
            }
            JsonArray items = setup.getArray("plates");
            List<Plate> plates = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonArray item = items.getArray(i);
                plates.add(new Plate(item.getDouble(0), item.getInt(1)));
            }
            return new PlateSetup(unit, setup.getDouble("bar"), plates);
        } catch (RuntimeException unreadable) {
            return PlateSetup.defaultFor(unit);
        }
    }

    /** Whether the rest-end sound plays (on unless turned off). */
    public boolean restSound() {
        return stored().getBoolean("restSound", true);
    }

    /** The rest-end sound's volume, 0 to 100. */
    public int restVolume() {
        return Math.max(0, Math.min(100, stored().getInt("restVolume", DEFAULT_VOLUME)));
    }

    /** Whether the screen is kept awake while a workout runs (on unless turned off). */
    public boolean keepAwake() {
        return stored().getBoolean("keepAwake", true);
    }

    /** Whether the player has asked, once, to allow rest notifications on this device. */
    public boolean notificationsAsked() {
        return stored().getBoolean("notificationsAsked", false);
    }

    public void saveNotificationsAsked() {
        JsonObject all = stored();
        all.put("notificationsAsked", true);
        storage.put(KEY, Json.write(all));
    }

    public void savePlates(PlateSetup setup) {
        JsonObject all = stored();
        JsonObject one = new JsonObject();
        one.put("bar", setup.barWeight());
        JsonArray plates = new JsonArray();
        for (Plate plate : setup.plates()) {
            JsonArray item = new JsonArray();
            item.add(plate.weight());
            item.add(plate.pairs());
            plates.add(item);
        }
        one.put("plates", plates);
        all.put(setup.unit().label(), one);
        storage.put(KEY, Json.write(all));
    }

    public void saveRestSound(boolean on, int volume) {
        JsonObject all = stored();
        all.put("restSound", on);
        all.put("restVolume", Math.max(0, Math.min(100, volume)));
        storage.put(KEY, Json.write(all));
    }

    public void saveKeepAwake(boolean on) {
        JsonObject all = stored();
        all.put("keepAwake", on);
        storage.put(KEY, Json.write(all));
    }

    private JsonObject stored() {
        String raw = storage.get(KEY);
        if (raw == null) {
            return new JsonObject();
        }
        try {
            return Json.parseObject(raw);
        } catch (RuntimeException unreadable) {
            return new JsonObject();
        }
    }
}
