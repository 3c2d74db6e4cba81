package app.spotter.server.drafts;

import app.spotter.json.SessionCodec;
import app.spotter.server.db.Database;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * The one in-progress session draft, and the ids of sessions that ended. A sync of the same session is merged with
 * the stored copy by the shared {@link DraftMerge} rule, so the order in which devices' writes arrive does not matter.
 */
public final class DraftStore {
    private final Database db;
    private final LongSupplier clock;

    public DraftStore(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a sync did: stored the merged draft, found a different session active, or found this one ended. */
    public sealed interface SyncResult {
        record Stored(WorkoutSession draft) implements SyncResult {
        }

        record OtherSessionActive(WorkoutSession other) implements SyncResult {
        }

        record Ended(String reason) implements SyncResult {
        }
    }

    public Optional<WorkoutSession> current() {
        return db.read(DraftStore::current);
    }

    /** Stores {@code incoming}, merged with the stored copy of the same session; {@code replace} ends another one. */
    public SyncResult sync(WorkoutSession incoming, boolean replace) {
        return db.write(h -> {
            Optional<String> ended = endReason(h, incoming.sessionId());
            if (ended.isPresent()) {
                return new SyncResult.Ended(ended.get());
            }
            Optional<WorkoutSession> stored = current(h);
            WorkoutSession next = incoming;
            if (stored.isPresent()) {
                WorkoutSession existing = stored.get();
                if (existing.sessionId().equals(incoming.sessionId())) {
                    next = DraftMerge.merge(existing, incoming);
                } else if (replace) {
                    markEnded(h, existing.sessionId(), "discarded", clock.getAsLong());
                } else {
                    return new SyncResult.OtherSessionActive(existing);
                }
            }
            h.createUpdate("INSERT INTO session_draft (slot, session_id, revision, updated_at, body)"
                            + " VALUES (1, :id, :revision, :updatedAt, :body)"
                            + " ON CONFLICT (slot) DO UPDATE SET session_id = excluded.session_id,"
                            + " revision = excluded.revision, updated_at = excluded.updated_at, body = excluded.body")
                    .bind("id", next.sessionId())
                    .bind("revision", next.revision())
                    .bind("updatedAt", next.updatedAt())
                    .bind("body", SessionCodec.write(next))
                    .execute();
            return new SyncResult.Stored(next);
        });
    }

    /** Abandons a session: removes its draft (only if it is that session's) and remembers that it ended. */
    public void discard(String sessionId) {
        db.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM workouts WHERE session_id = :id").bind("id", sessionId)
                    .mapTo(Integer.class).one() == 0) {
                markEnded(h, sessionId, "discarded", clock.getAsLong());
            }
            return removeDraft(h, sessionId);
        });
    }

    /** Removes the draft of {@code sessionId} inside the caller's transaction; a newer session's draft stays. */
    public static int removeDraft(Handle h, String sessionId) {
        return h.createUpdate("DELETE FROM session_draft WHERE session_id = :id").bind("id", sessionId).execute();
    }

    public static void markEnded(Handle h, String sessionId, String reason, long now) {
        h.createUpdate("INSERT INTO ended_sessions (session_id, reason, ended_at) VALUES (:id, :reason, :now)"
                        + " ON CONFLICT (session_id) DO NOTHING")
                .bind("id", sessionId)
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    private static Optional<String> endReason(Handle h, String sessionId) {
        return h.createQuery("SELECT reason FROM ended_sessions WHERE session_id = :id")
                .bind("id", sessionId).mapTo(String.class).findOne();
    }

    private static Optional<WorkoutSession> current(Handle h) {
        return h.createQuery("SELECT body FROM session_draft WHERE slot = 1")
                .mapTo(String.class).findOne().map(SessionCodec::read);
    }
}
