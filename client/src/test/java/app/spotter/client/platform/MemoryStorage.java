package app.spotter.client.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** localStorage in memory for JVM tests; {@link #full} makes it refuse writes like a browser past its quota. */
public final class MemoryStorage implements KeyValueStore {
    public final Map<String, String> values = new LinkedHashMap<>();
    public boolean full;

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
