package app.spotter.server.history;

import app.spotter.history.Epley;
import app.spotter.history.Progress;
import app.spotter.history.ProgressPoint;
import app.spotter.server.db.Database;
import app.spotter.session.SetEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    public List<Listing> page(String userId, long beforeStartedAt, int limit) {
        return db.read(h -> h.createQuery("SELECT session_id, name, started_at, duration_seconds, sets_done,"
                        + " volume_kg FROM workouts WHERE user_id = :user AND (:before = 0 OR started_at < :before)"
                        + " ORDER BY started_at DESC LIMIT :limit")
                .bind("user", userId).bind("before", beforeStartedAt).bind("limit", limit)
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

    /** Every done set of an exercise started before {@code before} (for records). */
    public List<SetEntry> doneSetsBefore(String userId, String exercise, long before) {
        return db.read(h -> h.createQuery("SELECT reps, weight FROM workout_sets WHERE user_id = :user"
                        + " AND exercise = :exercise AND started_at < :before")
                .bind("user", userId).bind("exercise", exercise).bind("before", before)
                .map((rs, ctx) -> new SetEntry(rs.getInt("reps"), rs.getDouble("weight"), rs.getInt("reps"),
                        rs.getDouble("weight"), true, 0))
                .list());
    }

    /** One point per workout with the exercise: its top weight and best estimated one-rep max, oldest first. */
    public List<ProgressPoint> progress(String userId, String exercise) {
        List<SetRow> rows = db.read(h -> h.createQuery("SELECT session_id, started_at, reps, weight"
                        + " FROM workout_sets WHERE user_id = :user AND exercise = :exercise AND reps > 0"
                        + " ORDER BY started_at, session_id")
                .bind("user", userId).bind("exercise", exercise)
                .map((rs, ctx) -> new SetRow(rs.getString("session_id"), rs.getLong("started_at"), rs.getInt("reps"),
                        rs.getDouble("weight")))
                .list());
        List<ProgressPoint> points = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            SetRow first = rows.get(i);
            double top = 0;
            double oneRepMax = 0;
            for (; i < rows.size() && rows.get(i).session().equals(first.session()); i++) {
                top = Math.max(top, rows.get(i).weight());
                oneRepMax = Math.max(oneRepMax, Epley.oneRepMax(rows.get(i).reps(), rows.get(i).weight()));
            }
            points.add(new ProgressPoint(first.startedAt(), top, oneRepMax));
        }
        return points;
    }

    /** Volume per week (keyed by the week's start), oldest first. */
    public Map<Long, Double> weeklyVolume(String userId, int utcOffsetMinutes) {
        List<double[]> rows = db.read(h -> h.createQuery("SELECT started_at, volume_kg FROM workouts"
                        + " WHERE user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> new double[] {rs.getLong("started_at"), rs.getDouble("volume_kg")})
                .list());
        Map<Long, Double> weeks = new TreeMap<>();
        for (double[] row : rows) {
            weeks.merge(Progress.weekStart((long) row[0], utcOffsetMinutes), row[1], Double::sum);
        }
        return weeks;
    }

    private record SetRow(String session, long startedAt, int reps, double weight) {
    }

    /** The names of the exercises the user has done, most recent first. */
    public List<String> exercises(String userId) {
        return db.read(h -> h.createQuery("SELECT exercise FROM workout_sets WHERE user_id = :user"
                        + " GROUP BY exercise ORDER BY MAX(started_at) DESC")
                .bind("user", userId).mapTo(String.class).list());
    }
}
