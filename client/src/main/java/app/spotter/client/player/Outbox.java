package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import java.util.ArrayList;
import java.util.List;

/** Finished workouts the server has not acknowledged yet, kept on the device until it does (a JSON list). */
public final class Outbox {
    private final KeyValueStore storage;
    private final StorageKeys keys;
    private final Clock clock;

    public Outbox(KeyValueStore storage, StorageKeys keys, Clock clock) {
        this.storage = storage;
        this.keys = keys;
        this.clock = clock;
    }

    public List<WorkoutSession> all() {
        String raw = storage.get(keys.outbox());
        if (raw == null) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(SessionCodec.readList(raw));
        } catch (RuntimeException modelTwo) {
            // The player writes session model 2 here now (WorkoutOutbox); this model-1 view only reads, and
            // leaves what it cannot read alone.
            return new ArrayList<>();
        }
    }

    /** The sessions waiting to upload, for screens that mark them (history shows "waiting to upload"). */
    public List<String> waitingSessionIds() {
        List<String> ids = new ArrayList<>();
        for (WorkoutSession session : all()) {
            ids.add(session.sessionId());
        }
        return ids;
    }

    public boolean contains(String sessionId) {
        for (WorkoutSession session : all()) {
            if (session.sessionId().equals(sessionId)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a finished workout, replacing an earlier copy of the same session. */
    public void add(WorkoutSession finished) {
        List<WorkoutSession> sessions = without(finished.sessionId());
        sessions.add(finished);
        storage.put(keys.outbox(), SessionCodec.writeList(sessions));
    }

    public void remove(String sessionId) {
        List<WorkoutSession> sessions = without(sessionId);
        if (sessions.isEmpty()) {
            storage.remove(keys.outbox());
        } else {
            storage.put(keys.outbox(), SessionCodec.writeList(sessions));
        }
    }

    private List<WorkoutSession> without(String sessionId) {
        List<WorkoutSession> sessions = all();
        sessions.removeIf(s -> s.sessionId().equals(sessionId));
        return sessions;
    }
}
