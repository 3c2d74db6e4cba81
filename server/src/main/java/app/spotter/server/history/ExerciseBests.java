package app.spotter.server.history;

import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The {@code exercise_bests} rows of a logged workout (V8, keyed by exercise id since V10): per exercise (its id,
 * and kind) the best of each {@link RecordColumns} measure over its done sets. Written from the workout's
 * {@code workout_sets} rows, in the transaction that writes those rows; {@link #fillAll} is the same statement over
 * every workout, for the V10 upgrade.
 */
public final class ExerciseBests {
    static final String COLUMNS = "user_id, exercise_id, kind, started_at, session_id, last_exercise, "
            + RecordColumns.ALL.stream().map(RecordColumns::column).collect(Collectors.joining(", "));

    // "exercise_index >= 0" is always true: it makes SQLite read the workout's rows by the primary key. Without it
    // the planner takes an index ordered for the GROUP BY and reads every set of the user, once per logged
    // workout, so an import of 5,000 workouts slowed to minutes (LargeImportMemoryTest).
    private static final String FILL_ALL = "INSERT INTO exercise_bests (" + COLUMNS + ") SELECT user_id,"
            + " exercise_id, kind, MIN(started_at), session_id, MAX(exercise_index), "
            + RecordColumns.ALL.stream().map(RecordColumns::overSets).collect(Collectors.joining(", "))
            + " FROM workout_sets";
    private static final String GROUPS = " GROUP BY user_id, session_id, exercise_id, kind";
    private static final String FILL = FILL_ALL + " WHERE user_id = :user AND session_id = :id"
            + " AND exercise_index >= 0" + GROUPS;

    private ExerciseBests() {
    }

    /** Writes the workout's rows from its {@code workout_sets} rows, which must be written already. */
    public static void fill(Handle h, String userId, String sessionId) {
        h.createUpdate(FILL).bind("user", userId).bind("id", sessionId).execute();
    }

    /** Writes every workout's rows (the V10 upgrade, after it pointed every logged set at its exercise). */
    public static void fillAll(Handle h) {
        h.execute(FILL_ALL + GROUPS);
    }

    /**
     * Removes the workout's rows, found by their whole key from its {@code workout_sets} rows, which must still be
     * there. By {@code session_id} alone SQLite walks every row of the user (its planner takes the primary key's
     * {@code user_id} prefix over the session index): 14 ms a workout at 5,000 workouts, against under 1 ms.
     */
    public static void remove(Handle h, String userId, String sessionId) {
        h.createUpdate("DELETE FROM exercise_bests WHERE (user_id, exercise_id, kind, started_at, session_id) IN"
                        + " (SELECT user_id, exercise_id, kind, started_at, session_id FROM workout_sets"
                        + " WHERE user_id = :user AND session_id = :id AND exercise_index >= 0)")
                .bind("user", userId).bind("id", sessionId).execute();
    }
}
