package app.spotter.server.workouts;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * How each of a user's sessions ended: logged ({@link #LOGGED}), discarded, or logged and then deleted. A late copy
 * of a discarded or deleted session is refused (410) unless the user restores it, so a device that was offline
 * cannot bring back what someone else threw away. All calls run inside the caller's transaction.
 */
public final class Tombstones {
    /** The session is in the log (stored as 'finished', the word the first release wrote). */
    public static final String LOGGED = "finished";
    public static final String DISCARDED = "discarded";
    public static final String DELETED = "deleted";

    private Tombstones() {
    }

    /** How the session ended, or empty while it has not. */
    public static Optional<String> reason(Handle h, String userId, String sessionId) {
        return h.createQuery("SELECT reason FROM ended_sessions WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).mapTo(String.class).findOne();
    }

    /** Records how the session ended now, replacing what was recorded before (a restore logs it again). */
    public static void mark(Handle h, String userId, String sessionId, String reason, long now) {
        h.createUpdate("INSERT INTO ended_sessions (user_id, session_id, reason, ended_at)"
                        + " VALUES (:user, :id, :reason, :now) ON CONFLICT (user_id, session_id)"
                        + " DO UPDATE SET reason = excluded.reason, ended_at = excluded.ended_at")
                .bind("user", userId)
                .bind("id", sessionId)
                .bind("reason", reason)
                .bind("now", now)
                .execute();
    }

    /** True for the reasons that refuse a late copy without {@code ?restore=true}. */
    public static boolean refusesLateCopies(String reason) {
        return DISCARDED.equals(reason) || DELETED.equals(reason);
    }
}
