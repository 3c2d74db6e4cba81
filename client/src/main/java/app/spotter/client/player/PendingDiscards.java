package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ids of sessions the user discarded on this device whose server draft may still exist (the DELETE has not been
 * acknowledged). A server draft with one of these ids is stale: it is never shown again and may be replaced.
 */
public final class PendingDiscards {
    private static final int KEEP_AT_MOST = 20;
    private final KeyValueStore storage;
    private final StorageKeys keys;
    private final Clock clock;

    /** The server call that discards a draft: done(true) once the server no longer has it. */
    public interface Deleter {
        void delete(String sessionId, Consumer<Boolean> done);
    }

    public PendingDiscards(KeyValueStore storage, StorageKeys keys, Clock clock) {
        this.storage = storage;
        this.keys = keys;
        this.clock = clock;
    }

    public List<String> all() {
        String raw = storage.get(keys.pendingDiscards());
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        try {
            JsonArray array = Json.parseArray(raw);
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof String) {
                    ids.add((String) array.get(i));
                }
            }
        } catch (RuntimeException unreadable) {
            StorageKeys.keepAside(storage, keys.pendingDiscards(), raw, clock.now());
            ids.clear();
        }
        return ids;
    }

    public boolean contains(String sessionId) {
        return all().contains(sessionId);
    }

    public void add(String sessionId) {
        List<String> ids = all();
        if (!ids.contains(sessionId)) {
            ids.add(sessionId);
        }
        while (ids.size() > KEEP_AT_MOST) {
            ids.remove(0);
        }
        write(ids);
    }

    public void remove(String sessionId) {
        List<String> ids = all();
        if (ids.remove(sessionId)) {
            write(ids);
        }
    }

    private void write(List<String> ids) {
        if (ids.isEmpty()) {
            storage.remove(keys.pendingDiscards());
            return;
        }
        JsonArray array = new JsonArray();
        array.addAll(ids);
        storage.put(keys.pendingDiscards(), Json.write(array));
    }

    /** Abandons a session on the server: remembered here until the server confirms the DELETE. */
    public void discard(String sessionId, Deleter api) {
        try {
            add(sessionId);
        } catch (StorageFullException full) {
            // The DELETE below still goes out; only the retry after a failure is lost.
        }
        send(sessionId, api);
    }

    /** Sends the DELETEs that have not been confirmed yet. */
    public void flush(Deleter api) {
        for (String sessionId : all()) {
            send(sessionId, api);
        }
    }

    private void send(String sessionId, Deleter api) {
        api.delete(sessionId, deleted -> {
            if (deleted) {
                remove(sessionId);
            }
        });
    }
}
