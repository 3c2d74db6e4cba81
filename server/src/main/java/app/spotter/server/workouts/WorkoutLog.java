package app.spotter.server.workouts;

import app.spotter.history.Epley;
import app.spotter.json.SessionCodec;
import app.spotter.server.db.Database;
import app.spotter.server.drafts.DraftStore;
import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.LateChanges;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Each user's log of finished workouts, one per session id, with its done sets indexed for history queries. */
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
            long now = clock.getAsLong();
            if (!insert(h, userId, workout, now)) {
                return false;
            }
            DraftStore.removeDraft(h, userId, workout.sessionId());
            DraftStore.markEnded(h, userId, workout.sessionId(), "finished", now);
            return true;
        });
    }

    /** Adds a workout to the log inside the caller's transaction; false when that session id is there already. */
    public static boolean insert(Handle h, String userId, WorkoutSession workout, long now) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM workouts WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", workout.sessionId()).mapTo(Integer.class).one() > 0;
        if (known) {
            return false;
        }
        h.createUpdate("INSERT INTO workouts (user_id, session_id, template_id, name, started_at, finished_at,"
                        + " duration_seconds, sets_done, volume_kg, body, logged_at) VALUES (:user, :id,"
                        + " :templateId, :name, :startedAt, :finishedAt, :duration, :setsDone, :volume, :body, :now)")
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
        PreparedBatch sets = h.prepareBatch("INSERT INTO workout_sets (user_id, session_id, started_at,"
                + " exercise_index, exercise, set_index, reps, weight, e1rm) VALUES (:user, :id, :startedAt,"
                + " :exerciseIndex, :exercise, :setIndex, :reps, :weight, :e1rm)");
        for (int e = 0; e < workout.exercises().size(); e++) {
            SessionExercise exercise = workout.exercises().get(e);
            for (int s = 0; s < exercise.sets().size(); s++) {
                SetEntry set = exercise.sets().get(s);
                if (set.done()) {
                    sets.bind("user", userId).bind("id", workout.sessionId()).bind("startedAt", workout.startedAt())
                            .bind("exerciseIndex", e).bind("exercise", exercise.name()).bind("setIndex", s)
                            .bind("reps", set.reps()).bind("weight", set.weight())
                            .bind("e1rm", Epley.oneRepMax(set.reps(), set.weight())).add();
                }
            }
        }
        if (sets.size() > 0) {
            sets.execute();
        }
        return true;
    }

    /**
     * Takes the late changes of a device's copy into a logged workout (see {@link LateChanges}); empty when the
     * user has no such workout. The document and its indexed sets change together.
     */
    public Optional<WorkoutSession> amend(String userId, WorkoutSession copy) {
        return db.write(h -> {
            Optional<WorkoutSession> logged = h.createQuery("SELECT body FROM workouts WHERE user_id = :user"
                            + " AND session_id = :id").bind("user", userId).bind("id", copy.sessionId())
                    .mapTo(String.class).findOne().map(SessionCodec::read);
            if (logged.isEmpty()) {
                return Optional.empty();
            }
            WorkoutSession amended = LateChanges.apply(logged.get(), copy);
            if (amended != logged.get()) {
                long loggedAt = h.createQuery("SELECT logged_at FROM workouts WHERE user_id = :user AND session_id = :id")
                        .bind("user", userId).bind("id", copy.sessionId()).mapTo(Long.class).one();
                remove(h, userId, copy.sessionId());
                insert(h, userId, amended, loggedAt);
            }
            return Optional.of(amended);
        });
    }

    public Optional<WorkoutSession> find(String userId, String sessionId) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).mapTo(String.class).findOne().map(SessionCodec::read));
    }

    /** Removes a workout and its sets; false when the user has no such workout. */
    public boolean delete(String userId, String sessionId) {
        return db.write(h -> remove(h, userId, sessionId));
    }

    private static boolean remove(Handle h, String userId, String sessionId) {
        h.createUpdate("DELETE FROM workout_sets WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).execute();
        return h.createUpdate("DELETE FROM workouts WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).execute() == 1;
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

    /** Every logged workout of the user, oldest first (for export). */
    public List<WorkoutSession> all(String userId) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user ORDER BY started_at")
                .bind("user", userId).mapTo(String.class).map(SessionCodec::read).list());
    }
}
