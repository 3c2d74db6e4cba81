package app.spotter.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.history.WeightUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitSettingTest {
    private final Map<String, String> stored = new HashMap<>();
    private final KeyValueStore storage = new KeyValueStore() {
        @Override
        public String get(String key) {
            return stored.get(key);
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }

        @Override
        public void remove(String key) {
            stored.remove(key);
        }
    };

    @Test
    void kilogramsUntilPoundsAreChosenAndTheChoiceIsKept() {
        UnitSetting units = new UnitSetting(storage);
        assertEquals(WeightUnit.KG, units.unit());
        units.choose(WeightUnit.LB);
        assertEquals("lb", stored.get("spotter.v1.units"));
        assertEquals(WeightUnit.LB, new UnitSetting(storage).unit());
    }

    @Test
    void anUnknownStoredValueFallsBackToKilograms() {
        stored.put("spotter.v1.units", "stone");
        assertEquals(WeightUnit.KG, new UnitSetting(storage).unit());
    }
}
