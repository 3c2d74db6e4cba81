package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;
import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.json.SessionJsonCache;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;

/**
 * The active session on this device, under one key: {@code {"sessionData": <session>, "restTimeRemaining": <s>,
 * "savedAt": <epoch ms>}}, the field names of the specification. Written on every change before it is shown.
 */
public final class LocalSessionStore {
    private final KeyValueStore storage;
    private final StorageKeys keys;
    private final Clock clock;
    private final SessionJsonCache json = new SessionJsonCache();

    public LocalSessionStore(KeyValueStore storage, StorageKeys keys, Clock clock) {
        this.storage = storage;
        this.keys = keys;
        this.clock = clock;
    }

    /** What the active key held: a session (or null), and the backup key an unreadable value was moved to. */
    public record Loaded(WorkoutSession session, String backupKey) {
        public boolean hadUnreadable() {
            return backupKey != null;
        }
    }

    public Loaded load() {
        String raw = storage.get(keys.activeSession());
        if (raw == null) {
            return new Loaded(null, null);
        }
        try {
            JsonObject wrapper = Json.parseObject(raw);
            Object data = wrapper.get("sessionData");
            if (!(data instanceof JsonObject)) {
                throw new IllegalStateException("sessionData is missing");
            }
            return new Loaded(SessionCodec.fromJson((JsonObject) data), null);
        } catch (RuntimeException unreadable) {
            return new Loaded(null, StorageKeys.keepAside(storage, keys.activeSession(), raw, clock.now()));
        }
    }

    /** Writes the session with its rest countdown; throws {@link StorageFullException} when the device refuses. */
    public void save(WorkoutSession session) {
        long now = clock.now();
        // Spliced by hand around the session's own fast writer: this runs on every state change (scripts/bench).
        storage.put(keys.activeSession(), "{\"sessionData\":" + SessionCodec.write(session, json)
                + ",\"restTimeRemaining\":" + session.restRemainingSeconds(now) + ",\"savedAt\":" + now + "}");
    }

    /** Removes the active session if it is the given one (a newer session started since is left alone). */
    public void clear(String sessionId) {
        Loaded loaded = load();
        if (loaded.session() != null && loaded.session().sessionId().equals(sessionId)) {
            storage.remove(keys.activeSession());
        }
    }

    /** Keeps a session that another one replaced on this device under a backup key, and returns the key. */
    public String keepAside(WorkoutSession session) {
        return StorageKeys.keepAside(storage, keys.activeSession() + "." + session.sessionId(),
                SessionCodec.write(session), clock.now());
    }
}
