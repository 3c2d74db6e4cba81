package app.spotter.client.settings;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.history.WeightUnit;

/** The kg/lb choice of this device. The one place that knows its storage key, so accounts can make it per-user. */
public final class UnitSetting {
    static final String KEY = "spotter.v1.units";
    private final KeyValueStore storage;

    public UnitSetting(KeyValueStore storage) {
        this.storage = storage;
    }

    /** The chosen unit; kilograms until the user picks, or when the stored value is not one we know. */
    public WeightUnit unit() {
        try {
            return WeightUnit.parse(storage.get(KEY));
        } catch (IllegalArgumentException unknown) {
            return WeightUnit.KG;
        }
    }

    public void choose(WeightUnit unit) {
        storage.put(KEY, unit.label());
    }
}
