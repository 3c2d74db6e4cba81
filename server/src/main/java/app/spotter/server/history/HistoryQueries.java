package app.spotter.server.history;

import app.spotter.history.EarlierRecords;
import app.spotter.history.KindMeasures;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.PersonalRecord;
import app.spotter.history.Progress;
import app.spotter.server.db.Database;
import app.spotter.server.workouts.StartTimeCursor;
import app.spotter.workout.ExerciseKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** One set as done before, with the fields of its kind (weight kg, 0 where the kind takes none). */
    public record PastSet(String kind, String type, int reps, double weight, int durationSeconds,
                          double distanceMeters, double rpe) {
    }

    /**
     * A page of the list, newest first, ordered by (start time, id) so that the last row of one page is a cursor
     * for the next: rows after ({@code beforeStartedAt}, {@code beforeId}), none skipped or repeated even when
     * workouts share a start time. {@code beforeStartedAt} 0 starts at the newest; a {@code beforeId} of null
     * takes every row started before {@code beforeStartedAt}.
     */
    public List<Listing> page(String userId, long beforeStartedAt, String beforeId, int limit) {
        return db.read(h -> h.createQuery("SELECT session_id, name, started_at, duration_seconds, sets_done,"
                        + " volume_kg FROM workouts WHERE user_id = :user AND " + StartTimeCursor.AFTER_CURSOR
                        + StartTimeCursor.ORDER + " LIMIT :limit")
                .bind("user", userId).bind("before", beforeStartedAt).bind("beforeId", beforeId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Listing(rs.getString("session_id"), rs.getString("name"),
                        rs.getLong("started_at"), rs.getLong("duration_seconds"), rs.getInt("sets_done"),
                        rs.getDouble("volume_kg")))
                .list());
    }

    /** The done sets of the last workout with this exercise, in order (warm-ups too); empty when never done. */
    public List<PastSet> lastTime(String userId, String exercise) {
        return db.read(h -> h.createQuery("SELECT kind, set_type, reps, weight, duration_seconds, distance_meters,"
                        + " rpe FROM workout_sets WHERE user_id = :user AND exercise = :exercise AND session_id ="
                        + " (SELECT session_id FROM workout_sets WHERE user_id = :user AND exercise = :exercise"
                        + " ORDER BY started_at DESC LIMIT 1) ORDER BY exercise_index, set_index")
                .bind("user", userId).bind("exercise", exercise)
                .map((rs, ctx) -> new PastSet(rs.getString("kind"), rs.getString("set_type"), rs.getInt("reps"),
                        rs.getDouble("weight"), rs.getInt("duration_seconds"), rs.getDouble("distance_meters"),
                        rs.getDouble("rpe")))
                .list());
    }

    /**
     * What the user's history before {@code before} has to beat, by exercise and kind: weight x reps from one
     * query grouped by weight (heaviest, best e1RM, best set volume and most reps at a weight all come from it),
     * the other kinds from one row of aggregates ({@link RecordColumns}). Warm-ups count toward nothing.
     */
    public EarlierRecords recordsBefore(String userId, long before) {
        return new EarlierRecords() {
            private final Map<String, List<double[]>> byWeight = new HashMap<>();
            private final Map<String, Map<PersonalRecord.Kind, Double>> bests = new HashMap<>();

            @Override
            public double best(String exercise, ExerciseKind kind, PersonalRecord.Kind record) {
                if (kind == ExerciseKind.WEIGHT_REPS) {
                    double best = Double.NaN;
                    for (double[] row : byWeight(exercise)) {
                        if (row[0] > 0) {
                            best = KindMeasures.better(record, best, weightRepsBest(record, row));
                        }
                    }
                    return best;
                }
                Double best = bests.computeIfAbsent(key(exercise, kind), k -> aggregates(exercise, kind)).get(record);
                return best == null ? Double.NaN : best;
            }

            @Override
            public int mostRepsAtOrAbove(String exercise, ExerciseKind kind, double weight) {
                int most = 0;
                for (double[] row : byWeight(exercise)) {
                    if (row[0] < weight) {
                        break;
                    }
                    most = Math.max(most, (int) row[1]);
                }
                return most;
            }

            /** (weight, most reps at it, best e1RM at it) of the weight x reps sets, heaviest first. */
            private List<double[]> byWeight(String exercise) {
                return byWeight.computeIfAbsent(key(exercise, ExerciseKind.WEIGHT_REPS), k -> db.read(h -> h
                        .createQuery("SELECT weight, MAX(reps) AS reps, MAX(e1rm) AS best FROM workout_sets"
                                + " WHERE user_id = :user AND exercise = :exercise AND started_at < :before"
                                + " AND kind = 'weight_reps' AND reps > 0 AND " + RecordColumns.NOT_WARMUP
                                + " GROUP BY weight ORDER BY weight DESC")
                        .bind("user", userId).bind("exercise", exercise).bind("before", before)
                        .map((rs, ctx) -> new double[] {rs.getDouble("weight"), rs.getInt("reps"),
                                rs.getDouble("best")})
                        .list()));
            }

            private Map<PersonalRecord.Kind, Double> aggregates(String exercise, ExerciseKind kind) {
                List<PersonalRecord.Kind> records = KindMeasures.recordsOf(kind);
                StringBuilder select = new StringBuilder("SELECT ");
                for (int i = 0; i < records.size(); i++) {
                    select.append(i == 0 ? "" : ", ").append(RecordColumns.aggregate(records.get(i)))
                            .append(" AS r").append(i);
                }
                select.append(" FROM workout_sets WHERE user_id = :user AND exercise = :exercise AND kind = :kind"
                        + " AND started_at < :before AND " + RecordColumns.NOT_WARMUP);
                return db.read(h -> h.createQuery(select.toString()).bind("user", userId)
                        .bind("exercise", exercise).bind("kind", kind.wireName()).bind("before", before)
                        .map((rs, ctx) -> {
                            Map<PersonalRecord.Kind, Double> found = new HashMap<>();
                            for (int i = 0; i < records.size(); i++) {
                                found.put(records.get(i), nullable(rs, "r" + i));
                            }
                            return found;
                        }).one());
            }
        };
    }

    /** The kind of the exercise's latest logged set (what its progress shows by default), if it was ever done. */
    public Optional<ExerciseKind> latestKind(String userId, String exercise) {
        return db.read(h -> h.createQuery("SELECT kind FROM workout_sets WHERE user_id = :user"
                        + " AND exercise = :exercise ORDER BY started_at DESC LIMIT 1")
                .bind("user", userId).bind("exercise", exercise).mapTo(String.class).findOne()
                .map(ExerciseKind::fromWire));
    }

    /**
     * One point per workout with a set of the exercise and kind that counts: the best of the kind's first and
     * second figures ({@link KindMeasures#primary}, {@link KindMeasures#secondary}; 0 when none), oldest first.
     */
    public List<KindProgressPoint> progress(String userId, String exercise, ExerciseKind kind) {
        PersonalRecord.Kind first = KindMeasures.primary(kind);
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        String secondColumn = second == null ? "0" : RecordColumns.aggregate(second);
        // HAVING repeats the aggregate: PostgreSQL does not see select-list names there (SQLite does).
        return db.read(h -> h.createQuery("SELECT MIN(started_at) AS at, " + RecordColumns.aggregate(first)
                        + " AS first, " + secondColumn + " AS second FROM workout_sets WHERE user_id = :user"
                        + " AND exercise = :exercise AND kind = :kind AND " + RecordColumns.NOT_WARMUP
                        + " GROUP BY session_id HAVING " + RecordColumns.aggregate(first) + " IS NOT NULL ORDER BY at")
                .bind("user", userId).bind("exercise", exercise).bind("kind", kind.wireName())
                .map((rs, ctx) -> new KindProgressPoint(rs.getLong("at"), rs.getDouble("first"),
                        rs.getDouble("second")))
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

    /**
     * The names of the exercises the user has done, most recent first; exercises of the same workout in the order
     * they came in it (without that tie-break SQLite and PostgreSQL list them in different orders).
     */
    public List<String> exercises(String userId) {
        return db.read(h -> h.createQuery("SELECT exercise FROM workout_sets WHERE user_id = :user"
                        + " GROUP BY exercise ORDER BY MAX(started_at) DESC, MIN(exercise_index)")
                .bind("user", userId).mapTo(String.class).list());
    }

    /** A weight x reps record's best among the sets at one weight: (weight, most reps, best e1RM) of them. */
    private static double weightRepsBest(PersonalRecord.Kind record, double[] row) {
        switch (record) {
            case HEAVIEST_WEIGHT:
                return row[0];
            case BEST_SET_VOLUME:
                return row[0] * row[1];
            default:
                return row[2];
        }
    }

    private static String key(String exercise, ExerciseKind kind) {
        return exercise.toLowerCase(Locale.ROOT) + "\n" + kind.wireName();
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
