package app.spotter.server.drafts;

import app.spotter.json.SessionCodec;
import app.spotter.server.db.Database;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * Each user's one in-progress session draft, and the ids of their sessions that ended. A sync of the same session is merged with
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

    public Optional<WorkoutSession> current(String userId) {
        return db.read(h -> current(h, userId));
    }

    /** Stores {@code incoming}, merged with the stored copy of the same session; {@code replace} ends another one. */
    public SyncResult sync(String userId, WorkoutSession incoming, boolean replace) {
        return db.write(h -> {
            Optional<String> ended = endReason(h, userId, incoming.sessionId());
            if (ended.isPresent()) {
                return new SyncResult.Ended(ended.get());
            }
            Optional<WorkoutSession> stored = current(h, userId);
            WorkoutSession next = incoming;
            if (stored.isPresent()) {
                WorkoutSession existing = stored.get();
                if (existing.sessionId().equals(incoming.sessionId())) {
                    next = DraftMerge.merge(existing, incoming);
                } else if (replace) {
                    markEnded(h, userId, existing.sessionId(), "discarded", clock.getAsLong());
                } else {
                    return new SyncResult.OtherSessionActive(existing);
                }
            }
            h.createUpdate("INSERT INTO session_draft (user_id, session_id, revision, updated_at, body)"
                            + " VALUES (:user, :id, :revision, :updatedAt, :body)"
                            + " ON CONFLICT (user_id) DO UPDATE SET session_id = excluded.session_id,"
                            + " revision = excluded.revision, updated_at = excluded.updated_at, body = excluded.body")
                    .bind("user", userId)
                    .bind("id", next.sessionId())
                    .bind("revision", next.revision())
                    .bind("updatedAt", next.updatedAt())
                    .bind("body", SessionCodec.write(next))
                    .execute();
            return new SyncResult.Stored(next);
        });
    }

    /** Abandons a session: removes its draft (only if it is that session's) and remembers that it ended. */
    public void discard(String userId, String sessionId) {
        db.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM workouts WHERE user_id = :user AND session_id = :id")
                    .bind("user", userId).bind("id", sessionId).mapTo(Integer.class).one() == 0) {
                markEnded(h, userId, sessionId, "discarded", clock.getAsLong());
            }
            return removeDraft(h, userId, sessionId);
        });
    }

    /** Removes the draft of {@code sessionId} inside the caller's transaction; a newer session's draft stays. */
    public static int removeDraft(Handle h, String userId, String sessionId) {
        return h.createUpdate("DELETE FROM session_draft WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).execute();
    }

    public static void markEnded(Handle h, String userId, String sessionId, String reason, long now) {
        h.createUpdate("INSERT INTO ended_sessions (user_id, session_id, reason, ended_at)"
                        + " VALUES (:user, :id, :reason, :now) ON CONFLICT (user_id, session_id) DO NOTHING")
                .bind("user", userId)
                .bind("id", sessionId)
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    private static Optional<String> endReason(Handle h, String userId, String sessionId) {
        return h.createQuery("SELECT reason FROM ended_sessions WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).mapTo(String.class).findOne();
    }

    private static Optional<WorkoutSession> current(Handle h, String userId) {
        return h.createQuery("SELECT body FROM session_draft WHERE user_id = :user")
                .bind("user", userId).mapTo(String.class).findOne().map(SessionCodec::read);
    }
}
