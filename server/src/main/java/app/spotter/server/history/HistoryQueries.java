package app.spotter.server.history;

import app.spotter.history.EarlierBests;
import app.spotter.history.Progress;
import app.spotter.history.ProgressPoint;
import app.spotter.server.db.Database;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only questions about a user's log, answered from indexed columns rather than whole documents. */
public final class HistoryQueries {
    private final Database db;

    public HistoryQueries(Database db) {
        this.db = db;
    }

    /** One line of the history list. */
    public record Listing(String id, String name, long startedAt, long durationSeconds, int setsDone,
                          double volumeKg) {
    }

    /** One set as done before: reps and weight (kg). */
    public record PastSet(int reps, double weight) {
    }

    /**
     * A page of the list, newest first, ordered by (start time, id) so that the last row of one page is a cursor
     * for the next: rows after ({@code beforeStartedAt}, {@code beforeId}), none skipped or repeated even when
     * workouts share a start time. {@code beforeStartedAt} 0 starts at the newest; a {@code beforeId} of null
     * takes every row started before {@code beforeStartedAt}.
     */
    public List<Listing> page(String userId, long beforeStartedAt, String beforeId, int limit) {
        return db.read(h -> h.createQuery("SELECT session_id, name, started_at, duration_seconds, sets_done,"
                        + " volume_kg FROM workouts WHERE user_id = :user AND (:before = 0 OR started_at < :before"
                        + " OR (started_at = :before AND :beforeId IS NOT NULL AND session_id < :beforeId))"
                        + " ORDER BY started_at DESC, session_id DESC LIMIT :limit")
                .bind("user", userId).bind("before", beforeStartedAt).bind("beforeId", beforeId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Listing(rs.getString("session_id"), rs.getString("name"),
                        rs.getLong("started_at"), rs.getLong("duration_seconds"), rs.getInt("sets_done"),
                        rs.getDouble("volume_kg")))
                .list());
    }

    /** The done sets of the last workout with this exercise, in order; empty when it was never done. */
    public List<PastSet> lastTime(String userId, String exercise) {
        return db.read(h -> h.createQuery("SELECT reps, weight FROM workout_sets WHERE user_id = :user"
                        + " AND exercise = :exercise AND session_id = (SELECT session_id FROM workout_sets"
                        + " WHERE user_id = :user AND exercise = :exercise ORDER BY started_at DESC LIMIT 1)"
                        + " ORDER BY exercise_index, set_index")
                .bind("user", userId).bind("exercise", exercise)
                .map((rs, ctx) -> new PastSet(rs.getInt("reps"), rs.getDouble("weight")))
                .list());
    }

    /** What the user's history before {@code before} has to beat: one grouped query per exercise. */
    public EarlierBests bestsBefore(String userId, long before) {
        return new EarlierBests() {
            private final Map<String, List<double[]>> byExercise = new HashMap<>();

            @Override
            public boolean everDone(String exercise) {
                return !byWeight(exercise).isEmpty();
            }

            @Override
            public double heaviest(String exercise) {
                List<double[]> rows = byWeight(exercise);
                return rows.isEmpty() ? 0 : rows.get(0)[0];
            }

            @Override
            public double bestEstimatedOneRepMax(String exercise) {
                double best = 0;
                for (double[] row : byWeight(exercise)) {
                    best = Math.max(best, row[2]);
                }
                return best;
            }

            @Override
            public int mostRepsAtOrAbove(String exercise, double weight) {
                int most = 0;
                for (double[] row : byWeight(exercise)) {
                    if (row[0] < weight) {
                        break;
                    }
                    most = Math.max(most, (int) row[1]);
                }
                return most;
            }

            /** (weight, most reps at it, best e1RM at it), heaviest first. */
            private List<double[]> byWeight(String exercise) {
                return byExercise.computeIfAbsent(exercise.toLowerCase(java.util.Locale.ROOT), k -> db.read(h -> h
                        .createQuery("SELECT weight, MAX(reps) AS reps, MAX(e1rm) AS best FROM workout_sets"
                                + " WHERE user_id = :user AND exercise = :exercise AND started_at < :before"
                                + " AND reps > 0 GROUP BY weight ORDER BY weight DESC")
                        .bind("user", userId).bind("exercise", exercise).bind("before", before)
                        .map((rs, ctx) -> new double[] {rs.getDouble("weight"), rs.getInt("reps"),
                                rs.getDouble("best")})
                        .list()));
            }
        };
    }

    /** One point per workout with the exercise: its top weight and best estimated one-rep max, oldest first. */
    public List<ProgressPoint> progress(String userId, String exercise) {
        return db.read(h -> h.createQuery("SELECT MIN(started_at) AS at, MAX(weight) AS top, MAX(e1rm) AS best"
                        + " FROM workout_sets WHERE user_id = :user AND exercise = :exercise AND reps > 0"
                        + " GROUP BY session_id ORDER BY at")
                .bind("user", userId).bind("exercise", exercise)
                .map((rs, ctx) -> new ProgressPoint(rs.getLong("at"), rs.getDouble("top"), rs.getDouble("best")))
                .list());
    }

    /** Volume per week (keyed by the week's start in the user's zone), oldest first. */
    public Map<Long, Double> weeklyVolume(String userId, int utcOffsetMinutes) {
        long shift = Progress.weekShift(utcOffsetMinutes);
        List<double[]> rows = db.read(h -> h.createQuery("SELECT (started_at + :shift) / :week AS week,"
                        + " SUM(volume_kg) AS volume FROM workouts WHERE user_id = :user GROUP BY week ORDER BY week")
                .bind("user", userId).bind("shift", shift).bind("week", Progress.WEEK_MILLIS)
                .map((rs, ctx) -> new double[] {rs.getLong("week"), rs.getDouble("volume")})
                .list());
        Map<Long, Double> weeks = new LinkedHashMap<>();
        for (double[] row : rows) {
            weeks.put((long) row[0] * Progress.WEEK_MILLIS - shift, row[1]);
        }
        return weeks;
    }

    /** The names of the exercises the user has done, most recent first. */
    public List<String> exercises(String userId) {
        return db.read(h -> h.createQuery("SELECT exercise FROM workout_sets WHERE user_id = :user"
                        + " GROUP BY exercise ORDER BY MAX(started_at) DESC")
                .bind("user", userId).mapTo(String.class).list());
    }
}
