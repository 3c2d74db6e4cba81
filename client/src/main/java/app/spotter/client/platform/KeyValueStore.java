package app.spotter.client.platform;

/** Persistent string storage of the device (localStorage in the browser, a map in JVM tests). */
public interface KeyValueStore {
    /** The stored value, or null. */
    String get(String key);

    /** Stores the value; throws {@link StorageFullException} when the device refuses it (quota). */
    void put(String key, String value);

    void remove(String key);
}
