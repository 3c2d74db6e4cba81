package app.spotter.client.templates;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import java.util.HashMap;
import java.util.Map;

/** localStorage in memory for the template tests; {@link #full} makes it refuse writes like a browser past quota. */
final class MapStorage implements KeyValueStore {
    final Map<String, String> values = new HashMap<>();
    boolean full;

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        if (full) {
            throw new StorageFullException("full");
        }
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
