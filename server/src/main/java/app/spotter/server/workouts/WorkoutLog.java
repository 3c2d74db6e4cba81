package app.spotter.server.workouts;

import app.spotter.server.db.Database;
import app.spotter.server.exercises.ExerciseIds;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutMerge;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * Each user's log of finished workouts, one per session id. A logged workout stays mergeable: a second device's
 * copy (a late finish or an amend) is merged into it by the shared {@link WorkoutMerge}, never stored beside it.
 * Deleting leaves a tombstone, so a late copy does not bring it back unless the user restores it. Rows written
 * by the schema-1 release are upgraded on read ({@link SchemaOneUpgrade}); every write stores schema 2. Rows are read
 * by shape only ({@link StoredDocuments}): a limit tightened since a workout was logged does not refuse it.
 */
public final class WorkoutLog {
    private final Database db;
    private final LongSupplier clock;

    public WorkoutLog(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a write to the log did. */
    public sealed interface Outcome {
        /**
         * The workout as stored now; {@code created} when this write put it in the log. {@code workoutJson} is its
         * {@link WorkoutCodec#write} text when this write stored it, else null.
         */
        record Stored(Workout workout, boolean created, String workoutJson) implements Outcome {
            /** The workout as JSON text: the one just stored, or written now. */
            public String json() {
                return workoutJson != null ? workoutJson : WorkoutCodec.write(workout);
            }
        }

        /** Refused: the session was discarded or the workout deleted ({@link Tombstones}). */
        record Gone(String reason) implements Outcome {
        }

        /** Amend of a session this user never logged. */
        record Missing() implements Outcome {
        }
    }

    /**
     * Logs a finished workout (merged with the server's draft of it and with a logged copy, if any) and, in the
     * same transaction, removes its draft and records it as logged.
     */
    public Outcome log(String userId, Workout finished, boolean restore) {
        return db.writeFor(userId, h -> log(h, userId, finished, restore, clock.getAsLong(),
                ExerciseIds.forUser(h, userId)));
    }

    /**
     * {@link #log} inside the caller's transaction (imports batch many), naming the exercises by {@code ids} (the
     * user's, in this transaction).
     */
    public static Outcome log(Handle h, String userId, Workout finished, boolean restore, long now,
                              ExerciseIds ids) {
        Optional<String> ended = Tombstones.reason(h, userId, finished.sessionId());
        if (ended.filter(Tombstones::refusesLateCopies).isPresent() && !restore) {
            return new Outcome.Gone(ended.get());
        }
        Workout merged = finished;
        Optional<Workout> draft = h.createQuery("SELECT body FROM session_draft WHERE user_id = :user"
                        + " AND session_id = :id").bind("user", userId).bind("id", finished.sessionId())
                .mapTo(String.class).findOne().map(StoredDocuments::workout);
        if (draft.isPresent()) {
            merged = WorkoutMerge.merge(draft.get(), merged);
        }
        Optional<Workout> logged = find(h, userId, finished.sessionId());
        if (logged.isPresent()) {
            merged = WorkoutMerge.merge(logged.get(), merged);
        }
        String json = logged.isEmpty() || !merged.equals(logged.get()) ? store(h, userId, merged, now, ids) : null;
        h.createUpdate("DELETE FROM session_draft WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", finished.sessionId()).execute();
        Tombstones.mark(h, userId, finished.sessionId(), Tombstones.LOGGED, now);
        return new Outcome.Stored(merged, logged.isEmpty(), json);
    }

    /** Merges a device's copy of a logged session into the log (the copy need not be finished or whole). */
    public Outcome amend(String userId, Workout copy) {
        return db.writeFor(userId, h -> {
            Optional<Workout> logged = find(h, userId, copy.sessionId());
            if (logged.isEmpty()) {
                Optional<String> ended = Tombstones.reason(h, userId, copy.sessionId())
                        .filter(Tombstones::refusesLateCopies);
                return ended.isPresent() ? new Outcome.Gone(ended.get()) : new Outcome.Missing();
            }
            Workout merged = WorkoutMerge.merge(logged.get(), copy);
            String json = merged.equals(logged.get()) ? null
                    : store(h, userId, merged, clock.getAsLong(), ExerciseIds.forUser(h, userId));
            return new Outcome.Stored(merged, false, json);
        });
    }

    public Optional<Workout> find(String userId, String sessionId) {
        return db.read(h -> find(h, userId, sessionId));
    }

    /** Removes a workout and its sets and leaves a tombstone; false when the user has no such workout. */
    public boolean delete(String userId, String sessionId) {
        return db.writeFor(userId, h -> {
            LoggedSets.remove(h, userId, sessionId);
            boolean removed = h.createUpdate("DELETE FROM workouts WHERE user_id = :user AND session_id = :id")
                    .bind("user", userId).bind("id", sessionId).execute() == 1;
            if (removed) {
                Tombstones.mark(h, userId, sessionId, Tombstones.DELETED, clock.getAsLong());
            }
            return removed;
        });
    }

    /** Logged workouts, newest first, after the cursor ({@code beforeStartedAt}, {@code beforeId}); see {@link StartTimeCursor}. */
    public List<Workout> page(String userId, long beforeStartedAt, String beforeId, int limit) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user AND "
                        + StartTimeCursor.AFTER_CURSOR + StartTimeCursor.ORDER + " LIMIT :limit")
                .bind("user", userId)
                .bind("before", beforeStartedAt)
                .bind("beforeId", beforeId)
                .bind("limit", limit)
                .mapTo(String.class).map(StoredDocuments::workout).list());
    }

    /** Every logged workout of the user, oldest first (for export). */
    public List<Workout> all(String userId) {
        return db.read(h -> h.createQuery("SELECT body FROM workouts WHERE user_id = :user ORDER BY started_at")
                .bind("user", userId).mapTo(String.class).map(StoredDocuments::workout).list());
    }

    /** The logged workout inside the caller's transaction; empty when the user has none with this id. */
    public static Optional<Workout> find(Handle h, String userId, String sessionId) {
        return h.createQuery("SELECT body FROM workouts WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).mapTo(String.class).findOne()
                .map(StoredDocuments::workout);
    }

    /**
     * Stores a workout the server itself changed (an exercise renamed or merged into another) with its sets and
     * bests, inside the caller's transaction.
     */
    public static void rewrite(Handle h, String userId, Workout workout, long now, ExerciseIds ids) {
        store(h, userId, workout, now, ids);
    }

    // The row and its indexed sets change together; a rewrite keeps when the workout was first logged. Returns the
    // stored text.
    private static String store(Handle h, String userId, Workout workout, long now, ExerciseIds ids) {
        String body = WorkoutCodec.write(workout);
        h.createUpdate("INSERT INTO workouts (user_id, session_id, template_id, name, started_at, finished_at,"
                        + " duration_seconds, sets_done, volume_kg, body, logged_at) VALUES (:user, :id,"
                        + " :templateId, :name, :startedAt, :finishedAt, :duration, :setsDone, :volume, :body, :now)"
                        + " ON CONFLICT (user_id, session_id) DO UPDATE SET template_id = excluded.template_id,"
                        + " name = excluded.name, started_at = excluded.started_at,"
                        + " finished_at = excluded.finished_at, duration_seconds = excluded.duration_seconds,"
                        + " sets_done = excluded.sets_done, volume_kg = excluded.volume_kg, body = excluded.body")
                .bind("user", userId)
                .bind("id", workout.sessionId())
                .bind("templateId", workout.templateId())
                .bind("name", workout.nameValue())
                .bind("startedAt", workout.startedAt())
                .bind("finishedAt", workout.finishedAtValue())
                .bind("duration", workout.durationSeconds())
                .bind("setsDone", workout.setsDone())
                .bind("volume", workout.volumeKg())
                .bind("body", body)
                .bind("now", now)
                .execute();
        LoggedSets.replace(h, userId, workout, ids, now);
        return body;
    }
}
