package app.spotter.server.workouts;

import app.spotter.json.SessionCodec;
import app.spotter.server.db.Database;
import app.spotter.server.drafts.DraftStore;
import app.spotter.session.WorkoutSession;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Each user's log of finished workouts, one per session id. */
public final class WorkoutLog {
    private final Database db;
    private final LongSupplier clock;

    public WorkoutLog(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Logs a finished workout and, in the same transaction, removes its draft and marks the session ended.
     * Returns false when that session was logged before (nothing changes: a retry never makes a duplicate).
     */
    public boolean log(String userId, WorkoutSession workout) {
        return db.write(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM workouts WHERE user_id = :user AND session_id = :id")
                    .bind("user", userId).bind("id", workout.sessionId()).mapTo(Integer.class).one() > 0;
            if (known) {
                return false;
            }
            long now = clock.getAsLong();
            h.createUpdate("INSERT INTO workouts (user_id, session_id, template_id, name, started_at, finished_at,"
                            + " duration_seconds, sets_done, volume_kg, body, logged_at) VALUES (:user, :id,"
                            + " :templateId, :name, :startedAt, :finishedAt, :duration, :setsDone, :volume, :body,"
                            + " :now)")
                    .bind("user", userId)
                    .bind("id", workout.sessionId())
                    .bind("templateId", workout.templateId())
                    .bind("name", workout.name())
                    .bind("startedAt", workout.startedAt())
                    .bind("finishedAt", workout.finishedAt())
                    .bind("duration", workout.durationSeconds())
                    .bind("setsDone", workout.setsDone())
                    .bind("volume", workout.volumeKg())
                    .bind("body", SessionCodec.write(workout))
                    .bind("now", now)
                    .execute();
            DraftStore.removeDraft(h, userId, workout.sessionId());
            DraftStore.markEnded(h, userId, workout.sessionId(), "finished", now);
            return true;
        });
    }

    public Optional<WorkoutSession> find(String userId, String sessionId) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).mapTo(String.class).findOne().map(SessionCodec::read));
    }

    /** Logged workouts, newest first, started before {@code beforeStartedAt} (0 = from the newest). */
    public List<WorkoutSession> page(String userId, long beforeStartedAt, int limit) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user"
                        + " AND (:before = 0 OR started_at < :before) ORDER BY started_at DESC LIMIT :limit")
                .bind("user", userId)
                .bind("before", beforeStartedAt)
                .bind("limit", limit)
                .mapTo(String.class).map(SessionCodec::read).list());
    }
}
