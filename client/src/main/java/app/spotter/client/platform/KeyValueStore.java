package app.spotter.client.platform;

import java.util.List;

/** Persistent string storage of the device (localStorage in the browser, a map in JVM tests). */
public interface KeyValueStore {
    /** The stored value, or null. */
    String get(String key);

    /** Stores the value; throws {@link StorageFullException} when the device refuses it (quota). */
    void put(String key, String value);

    /**
     * Stores the parts, written one after another, as one value, as {@link #put} would. The browser joins them
     * natively: TeaVM's StringBuilder copies char by char, which was most of the player's save of a long workout.
     */
    default void putJoined(String key, List<String> parts) {
        StringBuilder value = new StringBuilder();
        for (String part : parts) {
            value.append(part);
        }
        put(key, value.toString());
    }

    void remove(String key);
}
