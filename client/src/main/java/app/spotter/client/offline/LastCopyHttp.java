package app.spotter.client.offline;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.client.player.StorageKeys;
import app.spotter.json.Json;
import com.grack.nanojson.JsonObject;

/**
 * An {@link HttpClient} that keeps the last answer of each GET it is given on this device (per user) and answers
 * from that copy when the server cannot be reached, so History and Progress open offline. Only reads go through
 * it; {@link #copyFetchedAt} says when the copy that was shown was fetched (0 while every answer was live).
 */
public final class LastCopyHttp implements HttpClient {
    private static final String TEMPLATE_CACHE = "templateCache";
    private final HttpClient http;
    private final KeyValueStore storage;
    private final String prefix;
    private final Clock clock;
    private long copyFetchedAt;

    public LastCopyHttp(HttpClient http, KeyValueStore storage, StorageKeys keys, Clock clock) {
        this.http = http;
        this.storage = storage;
        // Beside the user's template cache, under the same per-user prefix that StorageKeys owns.
        String beside = keys.templateCache();
        this.prefix = beside.substring(0, beside.length() - TEMPLATE_CACHE.length()) + "lastCopy.";
        this.clock = clock;
    }

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        if (!"GET".equals(method)) {
            http.send(method, path, body, callback);
            return;
        }
        http.send(method, path, body, response -> {
            if (response.ok()) {
                keep(path, response.body());
                callback.done(response);
                return;
            }
            JsonObject copy = response.unreachable() ? copyOf(path) : null;
            if (copy == null) {
                callback.done(response);
                return;
            }
            long fetchedAt = copy.getLong("fetchedAt", 0L);
            copyFetchedAt = copyFetchedAt == 0 ? fetchedAt : Math.min(copyFetchedAt, fetchedAt);
            callback.done(new HttpResponse(200, copy.getString("body", "")));
        });
    }

    /** When the oldest copy shown on this screen was fetched, or 0 when everything came from the server. */
    public long copyFetchedAt() {
        return copyFetchedAt;
    }

    private void keep(String path, String body) {
        JsonObject copy = new JsonObject();
        copy.put("fetchedAt", clock.now());
        copy.put("body", body == null ? "" : body);
        try {
            storage.put(prefix + path, Json.write(copy));
        } catch (StorageFullException full) {
            // A full device keeps the older copy; the workout in progress matters more than this convenience.
        }
    }

    private JsonObject copyOf(String path) {
        String raw = storage.get(prefix + path);
        if (raw == null) {
            return null;
        }
        try {
            return Json.parseObject(raw);
        } catch (RuntimeException unreadable) {
            storage.remove(prefix + path);
            return null;
        }
    }
}
