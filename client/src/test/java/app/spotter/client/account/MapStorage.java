package app.spotter.client.account;

import app.spotter.client.platform.KeyValueStore;
import java.util.HashMap;
import java.util.Map;

/** localStorage in memory. */
final class MapStorage implements KeyValueStore {
    final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
