package app.spotter.server.workouts;

import app.spotter.json.SessionCodec;
import app.spotter.server.db.Database;
import app.spotter.server.drafts.DraftStore;
import app.spotter.session.WorkoutSession;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/** The log of finished workouts, one per session id. */
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
    public boolean log(WorkoutSession workout) {
        return db.write(h -> {
            boolean known = h.createQuery("SELECT COUNT(*) FROM workouts WHERE session_id = :id")
                    .bind("id", workout.sessionId()).mapTo(Integer.class).one() > 0;
            if (known) {
                return false;
            }
            long now = clock.getAsLong();
            h.createUpdate("INSERT INTO workouts (session_id, template_id, name, started_at, finished_at,"
                            + " duration_seconds, sets_done, volume_kg, body, logged_at) VALUES (:id, :templateId,"
                            + " :name, :startedAt, :finishedAt, :duration, :setsDone, :volume, :body, :now)")
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
            DraftStore.removeDraft(h, workout.sessionId());
            DraftStore.markEnded(h, workout.sessionId(), "finished", now);
            return true;
        });
    }

    public Optional<WorkoutSession> find(String sessionId) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE session_id = :id")
                .bind("id", sessionId).mapTo(String.class).findOne().map(SessionCodec::read));
    }

    /** Logged workouts, newest first, started before {@code beforeStartedAt} (0 = from the newest). */
    public List<WorkoutSession> page(long beforeStartedAt, int limit) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE (:before = 0 OR started_at < :before)"
                        + " ORDER BY started_at DESC LIMIT :limit")
                .bind("before", beforeStartedAt)
                .bind("limit", limit)
                .mapTo(String.class).map(SessionCodec::read).list());
    }
}
