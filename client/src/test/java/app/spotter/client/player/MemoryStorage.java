package app.spotter.client.player;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import java.util.LinkedHashMap;
import java.util.Map;

/** localStorage in memory; can be made full to refuse writes like a browser past its quota. */
final class MemoryStorage implements KeyValueStore {
    final Map<String, String> values = new LinkedHashMap<>();
    boolean full;

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        if (full) {
            throw new StorageFullException("This browser's storage is full");
        }
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
