package app.spotter.client.platform;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Storage;
import org.teavm.jso.browser.Window;

/** {@link KeyValueStore} over the browser's localStorage. */
public final class BrowserStorage implements KeyValueStore {
    private static final String FULL = "This browser's storage is full; the change was not saved on the device";
    private final Storage storage = Window.current().getLocalStorage();

    @Override
    public String get(String key) {
        return storage.getItem(key);
    }

    @Override
    public void put(String key, String value) {
        if (!trySet(key, value)) {
            throw new StorageFullException(FULL);
        }
    }

    @Override
    public void putJoined(String key, List<String> parts) {
        if (!trySetJoined(key, parts.toArray(new String[0]))) {
            throw new StorageFullException(FULL);
        }
    }

    @Override
    public void remove(String key) {
        storage.removeItem(key);
    }

    // setItem throws QuotaExceededError (a DOMException) when the origin's quota is used up.
    @JSBody(params = {"key", "value"}, script = "try { localStorage.setItem(key, value); return true; }"
            + " catch (e) { return false; }")
    private static native boolean trySet(String key, String value);

    @JSBody(params = {"key", "parts"}, script = "try { localStorage.setItem(key, parts.join('')); return true; }"
            + " catch (e) { return false; }")
    private static native boolean trySetJoined(String key, String[] parts);

}
