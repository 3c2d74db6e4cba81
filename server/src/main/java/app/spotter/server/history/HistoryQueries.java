package app.spotter.server.history;

import app.spotter.history.EarlierRecords;
import app.spotter.history.HistoryLine;
import app.spotter.history.KindMeasures;
import app.spotter.history.KindProgressPoint;
import app.spotter.history.PastSet;
import app.spotter.history.PersonalRecord;
import app.spotter.history.Progress;
import app.spotter.history.WeekVolume;
import app.spotter.server.db.Database;
import app.spotter.server.exercises.ExerciseIds;
import app.spotter.server.workouts.StartTimeCursor;
import app.spotter.workout.ExerciseKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Read-only questions about a user's log, answered from indexed columns rather than whole documents. */
public final class HistoryQueries {
    private final Database db;

    public HistoryQueries(Database db) {
        this.db = db;
    }

    /**
     * A page of the list, newest first, ordered by (start time, id) so that the last row of one page is a cursor
     * for the next: rows after ({@code beforeStartedAt}, {@code beforeId}), none skipped or repeated even when
     * workouts share a start time. {@code beforeStartedAt} 0 starts at the newest; a {@code beforeId} of null
     * takes every row started before {@code beforeStartedAt}.
     */
    public List<HistoryLine> page(String userId, long beforeStartedAt, String beforeId, int limit) {
        return db.read(h -> h.createQuery("SELECT session_id, name, started_at, duration_seconds, sets_done,"
                        + " volume_kg FROM workouts WHERE user_id = :user AND " + StartTimeCursor.AFTER_CURSOR
                        + StartTimeCursor.ORDER + " LIMIT :limit")
                .bind("user", userId).bind("before", beforeStartedAt).bind("beforeId", beforeId)
                .bind("limit", limit)
                .map((rs, ctx) -> new HistoryLine(rs.getString("session_id"), rs.getString("name"),
                        rs.getLong("started_at"), rs.getLong("duration_seconds"), rs.getInt("sets_done"),
                        rs.getDouble("volume_kg")))
                .list());
    }

    // The last workout comes from exercise_bests (one row per workout, index exercise_bests_latest in start order):
    // workout_sets_by_exercise has the kind before started_at, so finding it there sorted every set of the exercise
    // (2.7 ms at 25,000 sets against 0.03 ms).
    static final String LAST_TIME = "SELECT kind, set_type, reps, weight, duration_seconds, distance_meters, rpe"
            + " FROM workout_sets WHERE user_id = :user AND exercise_id = :exercise AND session_id ="
            + " (SELECT session_id FROM exercise_bests WHERE user_id = :user AND exercise_id = :exercise"
            + " ORDER BY started_at DESC LIMIT 1) ORDER BY exercise_index, set_index";

    /**
     * The done sets of the last workout with this exercise (a name, an alias or an exercise id), in order
     * (warm-ups too); empty when never done.
     */
    public List<PastSet> lastTime(String userId, String exercise) {
        return db.read(h -> {
            String id = ExerciseIds.forUser(h, userId).find(exercise);
            return id == null ? List.of() : h.createQuery(LAST_TIME)
                    .bind("user", userId).bind("exercise", id)
                    .map((rs, ctx) -> new PastSet(rs.getString("kind"), rs.getString("set_type"), rs.getInt("reps"),
                            rs.getDouble("weight"), rs.getInt("duration_seconds"), rs.getDouble("distance_meters"),
                            rs.getDouble("rpe")))
                    .list();
        });
    }

    /**
     * What the user's history before {@code before} has to beat, by exercise and kind: the best of each measure
     * ({@link RecordColumns}) and most reps at a weight or heavier, each from the exercise's {@link RecordBuckets}
     * before {@code before} and its rows since the last of them, one query for each. Warm-ups count toward nothing.
     * An exercise is the one its name means now ({@link ExerciseIds}): a name nobody has yet has no history.
     */
    public EarlierRecords recordsBefore(String userId, long before) {
        Map<String, Object> bounds = RecordBuckets.bounds(before);
        return new EarlierRecords() {
            private final Map<String, Map<RecordColumns, Double>> bests = new HashMap<>();
            private final Map<String, NavigableMap<Double, Integer>> mostReps = new HashMap<>();
            private ExerciseIds ids;

            @Override
            public double best(String exercise, ExerciseKind kind, PersonalRecord.Kind record) {
                String id = idOf(exercise);
                if (id == null) {
                    return Double.NaN;
                }
                Double best = bests.computeIfAbsent(key(id, kind), k -> aggregates(id, kind))
                        .get(RecordColumns.of(record));
                return best == null ? Double.NaN : best;
            }

            @Override
            public int mostRepsAtOrAbove(String exercise, ExerciseKind kind, double weight) {
                String id = idOf(exercise);
                if (id == null) {
                    return 0;
                }
                Map.Entry<Double, Integer> heavier = mostReps.computeIfAbsent(key(id, kind), k -> repsAtOrAbove(id,
                        kind)).ceilingEntry(weight + 0.0);
                return heavier == null ? 0 : heavier.getValue();
            }

            private String idOf(String exercise) {
                if (ids == null) {
                    ids = db.read(h -> ExerciseIds.forUser(h, userId));
                }
                return ids.find(exercise);
            }

            private Map<RecordColumns, Double> aggregates(String exercise, ExerciseKind kind) {
                List<RecordColumns> columns = RecordColumns.ALL;
                StringBuilder select = new StringBuilder("SELECT ");
                for (int i = 0; i < columns.size(); i++) {
                    select.append(i == 0 ? "" : ", ").append(columns.get(i).overWorkouts()).append(" AS r").append(i);
                }
                select.append(" FROM ").append(RecordBuckets.bestsBefore(columns.stream().map(RecordColumns::column)
                        .collect(Collectors.joining(", "))));
                return db.read(h -> h.createQuery(select.toString()).bind("user", userId)
                        .bind("exercise", exercise).bind("kind", kind.wireName()).bindMap(bounds)
                        .map((rs, ctx) -> {
                            Map<RecordColumns, Double> found = new EnumMap<>(RecordColumns.class);
                            for (int i = 0; i < columns.size(); i++) {
                                found.put(columns.get(i), nullable(rs, "r" + i));
                            }
                            return found;
                        }).one());
            }

            // Most reps per weight, heaviest first, then each weight's the most at it or any heavier one.
            private NavigableMap<Double, Integer> repsAtOrAbove(String exercise, ExerciseKind kind) {
                List<double[]> byWeight = db.read(h -> h.createQuery("SELECT weight, MAX(reps) AS reps FROM "
                                + RecordBuckets.repsBefore() + " GROUP BY weight ORDER BY weight DESC")
                        .bind("user", userId).bind("exercise", exercise).bind("kind", kind.wireName())
                        .bindMap(bounds)
                        .map((rs, ctx) -> new double[] {rs.getDouble("weight"), rs.getInt("reps")}).list());
                NavigableMap<Double, Integer> atOrAbove = new TreeMap<>();
                int most = 0;
                for (double[] row : byWeight) {
                    most = Math.max(most, (int) row[1]);
                    // + 0.0 makes a -0.0 weight 0.0, which SQL holds equal and a TreeMap would not.
                    atOrAbove.put(row[0] + 0.0, most);
                }
                return atOrAbove;
            }
        };
    }

    /**
     * The kind of the exercise's latest logged set (what its progress shows by default), if it was ever done: of
     * the latest workout with it, the kind of the exercise that came last in it.
     */
    public Optional<ExerciseKind> latestKind(String userId, String exercise) {
        return db.read(h -> {
            String id = ExerciseIds.forUser(h, userId).find(exercise);
            return id == null ? Optional.<ExerciseKind>empty() : h.createQuery("SELECT kind FROM exercise_bests"
                            + " WHERE user_id = :user AND exercise_id = :exercise"
                            + " ORDER BY started_at DESC, last_exercise DESC LIMIT 1")
                    .bind("user", userId).bind("exercise", id).mapTo(String.class).findOne()
                    .map(ExerciseKind::fromWire);
        });
    }

    /**
     * One point per workout with a set of the exercise and kind that counts: the best of the kind's first and
     * second figures ({@link KindMeasures#primary}, {@link KindMeasures#secondary}; 0 when none), oldest first,
     * read from the workout's {@code exercise_bests} row.
     */
    public List<KindProgressPoint> progress(String userId, String exercise, ExerciseKind kind) {
        String first = RecordColumns.of(KindMeasures.primary(kind)).column();
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        String secondColumn = second == null ? "0" : RecordColumns.of(second).column();
        return db.read(h -> {
            String id = ExerciseIds.forUser(h, userId).find(exercise);
            return id == null ? List.of() : h.createQuery("SELECT started_at, " + first + " AS first, "
                            + secondColumn + " AS second FROM exercise_bests WHERE user_id = :user"
                            + " AND exercise_id = :exercise AND kind = :kind AND " + first + " IS NOT NULL"
                            + " ORDER BY started_at, session_id")
                    .bind("user", userId).bind("exercise", id).bind("kind", kind.wireName())
                    .map((rs, ctx) -> new KindProgressPoint(rs.getLong("started_at"), rs.getDouble("first"),
                            rs.getDouble("second")))
                    .list();
        });
    }

    /** Volume per week (keyed by the week's start in the user's zone), oldest first. */
    public List<WeekVolume> weeklyVolume(String userId, int utcOffsetMinutes) {
        long shift = Progress.weekShift(utcOffsetMinutes);
        List<double[]> rows = db.read(h -> h.createQuery("SELECT (started_at + :shift) / :week AS week,"
                        + " SUM(volume_kg) AS volume FROM workouts WHERE user_id = :user GROUP BY week ORDER BY week")
                .bind("user", userId).bind("shift", shift).bind("week", Progress.WEEK_MILLIS)
                .map((rs, ctx) -> new double[] {rs.getLong("week"), rs.getDouble("volume")})
                .list());
        List<WeekVolume> weeks = new ArrayList<>();
        for (double[] row : rows) {
            weeks.add(new WeekVolume((long) row[0] * Progress.WEEK_MILLIS - shift, row[1]));
        }
        return weeks;
    }

    /**
     * The exercises the user has done, each once (by the exercise id its sets point at) under the name it was last
     * logged as, most recent first; exercises of the same workout in the order they came in it (without that
     * tie-break SQLite and PostgreSQL list them in different orders).
     */
    public List<String> exercises(String userId) {
        return db.read(h -> {
            List<String> ids = h.createQuery("SELECT exercise_id FROM workout_sets WHERE user_id = :user"
                            + " GROUP BY exercise_id ORDER BY MAX(started_at) DESC, MIN(exercise_index), exercise_id")
                    .bind("user", userId).mapTo(String.class).list();
            // The name column compares without case, so grouping by it would hand SQLite and PostgreSQL different
            // spellings: the latest set's own text is the same on both.
            List<String> names = new ArrayList<>();
            for (String id : ids) {
                names.add(h.createQuery("SELECT exercise FROM workout_sets WHERE user_id = :user"
                                + " AND exercise_id = :id ORDER BY started_at DESC, session_id DESC,"
                                + " exercise_index DESC LIMIT 1")
                        .bind("user", userId).bind("id", id).mapTo(String.class).one());
            }
            return names;
        });
    }

    private static String key(String exerciseId, ExerciseKind kind) {
        return exerciseId + "\n" + kind.wireName();
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
