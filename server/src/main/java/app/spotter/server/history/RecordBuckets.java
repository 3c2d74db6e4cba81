package app.spotter.server.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * What a workout's records have to beat, kept per exercise (its id), kind and stretch of time (V11), so that the
 * summary of a workout reads a few dozen rows per exercise however long the history: {@code record_buckets} holds
 * the best of each {@link RecordColumns} measure over a stretch's {@code exercise_bests} rows, {@code rep_buckets}
 * per weight the most reps done there, only where no heavier weight had as many (all that "most reps at this weight
 * or heavier" can need; warm-ups count toward nothing). A stretch of span S starts at a multiple of S; each span of
 * {@link #SPANS} is a multiple of the one before it. Written in the transaction that writes a workout's sets: a
 * workout logged is merged into its stretches ({@link #add}); one removed or rewritten makes them again
 * ({@link #leave}), each span from the stretches of the one before (the first from the rows), as {@link #fillAll}
 * makes all of them.
 */
public final class RecordBuckets {
    /**
     * About 25 days and 13 months: all before a moment is whole stretches of the wider (30 for 30 years), at most 15
     * of the narrower in its 13 months and the rows of at most 25 days ({@link #earlier}).
     */
    static final List<Long> SPANS = List.of(1L << 31, 1L << 35);

    private static final String BESTS = "record_buckets";
    private static final String REPS = "rep_buckets";
    private static final String SESSION = " WHERE user_id = :user AND session_id = :id";
    // The workout's exercise_bests rows by their whole key: by SESSION SQLite reads every row of the user by the
    // primary key's user_id prefix when it needs more than the session index holds (1.4 ms at 2,000 workouts).
    private static final String SESSION_ROWS = " WHERE (user_id, exercise_id, kind, started_at, session_id) IN"
            + " (SELECT user_id, exercise_id, kind, started_at, session_id FROM exercise_bests" + SESSION + ")";
    /** Every span as a table (alias {@code s}), to write the stretches of all spans in one statement. */
    private static final String ALL_SPANS = SPANS.stream().map(span -> "SELECT " + span + " AS span")
            .collect(Collectors.joining(" UNION ALL ", "(", ") s"));
    private static final String START = "started_at - started_at % span";
    private static final String SAME = "b.user_id = k.user_id AND b.exercise_id = k.exercise_id"
            + " AND b.kind = k.kind";
    private static final String KEYS = "k.user_id, k.exercise_id, k.kind, k.span, k.starts_at";
    private static final String COUNTED_SET = "reps > 0 AND " + RecordColumns.NOT_WARMUP;
    private static final String COUNTED_SET_B = "b.reps > 0 AND b." + RecordColumns.NOT_WARMUP;
    private static final String COLUMNS = RecordColumns.ALL.stream().map(RecordColumns::column)
            .collect(Collectors.joining(", "));

    private RecordBuckets() {
    }

    /**
     * Adds the workout to the stretches of its time, which must not hold it ({@link #leave} first when rewriting
     * it): the better of each measure, the reps of its sets among the stretch's. Its {@code exercise_bests} and
     * {@code workout_sets} rows must be written. Three statements for all spans: 0.5 ms a workout at 2,000.
     */
    public static void add(Handle h, String userId, String sessionId) {
        h.createUpdate("INSERT INTO " + BESTS + " (user_id, exercise_id, kind, span, starts_at, " + COLUMNS + ")"
                        + " SELECT user_id, exercise_id, kind, span, " + START + ", " + COLUMNS
                        + " FROM exercise_bests, " + ALL_SPANS + SESSION_ROWS
                        + " ON CONFLICT (user_id, exercise_id, kind, span, starts_at) DO UPDATE SET "
                        + RecordColumns.ALL.stream().map(c -> c.keepBetter(BESTS)).collect(Collectors.joining(", ")))
                .bind("user", userId).bind("id", sessionId).execute();
        List<RepFrontier.Lift> lifts = RepFrontier.lifts(h.createQuery("SELECT b.user_id, b.exercise_id, b.kind,"
                        + " b.span, b.starts_at, b.weight, b.reps FROM " + sessionKeys() + " JOIN " + REPS + " b ON "
                        + SAME + " AND b.span = k.span AND b.starts_at = k.starts_at"
                        + " UNION ALL SELECT user_id, exercise_id, kind, span, " + START + " AS starts_at, weight, reps"
                        + " FROM workout_sets, " + ALL_SPANS + SESSION + " AND exercise_index >= 0 AND "
                        + COUNTED_SET + " ORDER BY user_id, exercise_id, kind, span, starts_at, weight DESC, reps DESC")
                .bind("user", userId).bind("id", sessionId)).list();
        deleteStretches(h, REPS, userId, sessionId);
        RepFrontier.write(h, lifts);
    }

    /**
     * Makes the stretches of the workout's time again without it (before it is removed or rewritten, while its
     * {@code exercise_bests} and {@code workout_sets} rows are still there); nothing to do for a workout not logged.
     */
    public static void leave(Handle h, String userId, String sessionId) {
        boolean logged = h.createQuery("SELECT 1 FROM exercise_bests" + SESSION + " LIMIT 1")
                .bind("user", userId).bind("id", sessionId).mapTo(Integer.class).findOne().isPresent();
        if (!logged) {
            return;
        }
        deleteStretches(h, BESTS, userId, sessionId);
        deleteStretches(h, REPS, userId, sessionId);
        for (int level = 0; level < SPANS.size(); level++) {
            h.createUpdate(insertBests(level, SESSION, true)).bind("user", userId).bind("id", sessionId).execute();
            RepFrontier.write(h, RepFrontier.lifts(h.createQuery(readReps(level, SESSION, true))
                    .bind("user", userId).bind("id", sessionId)));
        }
    }

    /** Makes every stretch again from every row (schema step V11, and bulk writes). */
    public static void fillAll(Handle h) {
        h.execute("DELETE FROM " + BESTS);
        h.execute("DELETE FROM " + REPS);
        for (int level = 0; level < SPANS.size(); level++) {
            h.execute(insertBests(level, "", false));
            RepFrontier.write(h, RepFrontier.lifts(h.createQuery(readReps(level, "", false))));
        }
    }

    private static void deleteStretches(Handle h, String table, String userId, String sessionId) {
        h.createUpdate("DELETE FROM " + table + " WHERE (user_id, exercise_id, kind, span, starts_at) IN"
                        + " (SELECT user_id, exercise_id, kind, span, " + START + " FROM exercise_bests, " + ALL_SPANS
                        + SESSION + ")")
                .bind("user", userId).bind("id", sessionId).execute();
    }

    /** The stretches of every span that the workout's exercises are in (alias {@code k}). */
    private static String sessionKeys() {
        return "(SELECT DISTINCT user_id, exercise_id, kind, span, " + START + " AS starts_at FROM exercise_bests, "
                + ALL_SPANS + SESSION + ") k";
    }

    private static String insertBests(int level, String scope, boolean without) {
        String bests = RecordColumns.ALL.stream().map(RecordColumns::overWorkouts).collect(Collectors.joining(", "));
        return "INSERT INTO " + BESTS + " (user_id, exercise_id, kind, span, starts_at, " + COLUMNS + ") SELECT "
                + KEYS + ", " + bests + " FROM " + keys(level, scope) + " JOIN "
                + below(level, BESTS, "exercise_bests", "", without) + " GROUP BY " + KEYS;
    }

    /** The weight and reps the stretches are made of, in the order {@link RepFrontier} takes them. */
    private static String readReps(int level, String scope, boolean without) {
        return "SELECT " + KEYS + ", b.weight, b.reps FROM " + keys(level, scope) + " JOIN "
                + below(level, REPS, "workout_sets", " AND " + COUNTED_SET_B, without)
                + " ORDER BY " + KEYS + ", b.weight DESC, b.reps DESC";
    }

    /** The stretches of one span to make (alias {@code k}): those of the workout's exercises ({@code scope}) or all. */
    private static String keys(int level, String scope) {
        long span = SPANS.get(level);
        return "(SELECT DISTINCT user_id, exercise_id, kind, " + span + " AS span, started_at - started_at % " + span
                + " AS starts_at FROM exercise_bests" + scope + ") k";
    }

    /** What a stretch is made from: the rows of its time for the first span, else the stretches of the one before. */
    private static String below(int level, String buckets, String rows, String condition, boolean without) {
        long span = SPANS.get(level);
        if (level > 0) {
            return buckets + " b ON " + SAME + " AND b.span = " + SPANS.get(level - 1) + " AND b.starts_at >="
                    + " k.starts_at AND b.starts_at < k.starts_at + " + span;
        }
        return rows + " b ON " + SAME + " AND b.started_at >= k.starts_at AND b.started_at < k.starts_at + " + span
                + condition + (without ? " AND b.session_id <> :id" : "");
    }

    /**
     * The {@code exercise_bests} measures ({@code columns} of them) of everything of {@code :user}'s
     * {@code :exercise} and {@code :kind} before {@code :before}, as a FROM item named {@code earlier}
     * ({@link #earlier}; bind {@link #bounds}).
     */
    static String bestsBefore(String columns) {
        return earlier(columns, BESTS, "exercise_bests", "");
    }

    /** As {@link #bestsBefore}, the weight and reps of the counted sets (or the stretches' weights and reps). */
    static String repsBefore() {
        return earlier("weight, reps", REPS, "workout_sets", " AND " + COUNTED_SET);
    }

    /**
     * The rows that hold, together, everything before the moment: the widest span's stretches before the one of
     * that moment, in it the narrower ones before the moment's, and from there the rows up to the moment.
     */
    private static String earlier(String columns, String buckets, String rows, String condition) {
        String same = " WHERE user_id = :user AND exercise_id = :exercise AND kind = :kind";
        StringBuilder sql = new StringBuilder("(");
        int top = SPANS.size() - 1;
        for (int level = top; level >= 0; level--) {
            sql.append("SELECT ").append(columns).append(" FROM ").append(buckets).append(same)
                    .append(" AND span = ").append(SPANS.get(level))
                    .append(level == top ? "" : " AND starts_at >= :since" + (level + 1))
                    .append(" AND starts_at < :since").append(level).append(" UNION ALL ");
        }
        return sql.append("SELECT ").append(columns).append(" FROM ").append(rows).append(same)
                .append(" AND started_at >= :since0 AND started_at < :before").append(condition).append(") earlier")
                .toString();
    }

    /** The parameters of {@link #earlier} for the moment {@code before}. */
    static Map<String, Object> bounds(long before) {
        Map<String, Object> bounds = new HashMap<>();
        bounds.put("before", before);
        for (int level = 0; level < SPANS.size(); level++) {
            bounds.put("since" + level, before - before % SPANS.get(level));
        }
        return bounds;
    }
}
