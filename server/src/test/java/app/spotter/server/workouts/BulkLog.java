package app.spotter.server.workouts;

import app.spotter.server.exercises.ExerciseIds;
import app.spotter.server.history.ExerciseBests;
import app.spotter.server.history.RecordBuckets;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Logged workouts written straight into the SQLite file of a stopped server, row for row what {@link WorkoutLog#log}
 * stores for a new workout (the workout, its {@link LoggedSets} rows, their {@link ExerciseBests}, the
 * {@link RecordBuckets} of every user made again at the end, and the tombstone;
 * BulkLogTest compares), fast enough for benches of millions: JDBC batches in large transactions, no journal, the
 * secondary indexes of those tables dropped while the rows go in and created again, from their own SQL, at the end.
 */
public final class BulkLog implements AutoCloseable {
    private static final int CHUNK = 2_000;
    static final List<String> TABLES = List.of("workouts", "workout_sets", "exercise_bests", "record_buckets",
            "rep_buckets", "ended_sessions");

    private final Connection connection;
    private final Handle handle;
    private final long now;
    private final List<String> indexes = new ArrayList<>();
    private final PreparedStatement workouts;
    private final PreparedStatement sets;
    private final PreparedStatement ended;
    private final List<String[]> pending = new ArrayList<>();
    private final Map<String, ExerciseIds> ids = new HashMap<>();

    private BulkLog(Connection connection, long now) throws SQLException {
        this.connection = connection;
        this.handle = Jdbi.open(connection);
        this.now = now;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = OFF");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA cache_size = -1000000");
            s.execute("PRAGMA threads = 2");
            try (ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND sql IS NOT NULL AND tbl_name IN ('" + String.join("', '", TABLES) + "')")) {
                List<String> names = new ArrayList<>();
                while (r.next()) {
                    names.add(r.getString(1));
                    indexes.add(r.getString(2));
                }
                for (String name : names) {
                    s.execute("DROP INDEX " + name);
                }
            }
        }
        connection.setAutoCommit(false);
        workouts = connection.prepareStatement("INSERT INTO workouts (user_id, session_id, template_id, name,"
                + " started_at, finished_at, duration_seconds, sets_done, volume_kg, body, logged_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sets = connection.prepareStatement("INSERT INTO workout_sets (" + LoggedSets.COLUMNS + ") VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ended = connection.prepareStatement("INSERT INTO ended_sessions (user_id, session_id, reason, ended_at)"
                + " VALUES (?, ?, ?, ?)");
    }

    /** Opens the file (no server may have it open); {@code now} is when the workouts count as logged. */
    public static BulkLog open(Path file, long now) throws SQLException {
        return new BulkLog(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()), now);
    }

    /** Logs a finished workout the user has not logged yet. */
    public void add(String userId, Workout workout) throws SQLException {
        add(userId, workout, WorkoutCodec.write(workout));
    }

    /** As {@link #add(String, Workout)} with the workout's document already written ({@link WorkoutCodec#write}). */
    public void add(String userId, Workout workout, String document) throws SQLException {
        String id = workout.sessionId();
        workouts.setString(1, userId);
        workouts.setString(2, id);
        workouts.setString(3, workout.templateId());
        workouts.setString(4, workout.nameValue());
        workouts.setLong(5, workout.startedAt());
        workouts.setLong(6, workout.finishedAtValue());
        workouts.setLong(7, workout.durationSeconds());
        workouts.setInt(8, workout.setsDone());
        workouts.setDouble(9, workout.volumeKg());
        workouts.setString(10, document);
        workouts.setLong(11, now);
        workouts.addBatch();
        for (LoggedSets.SetRow row : LoggedSets.rows(workout)) {
            sets.setString(1, userId);
            sets.setString(2, id);
            sets.setLong(3, workout.startedAt());
            sets.setInt(4, row.exerciseIndex());
            sets.setString(5, row.exercise());
            sets.setString(6, ids.computeIfAbsent(userId, user -> ExerciseIds.forUser(handle, user))
                    .idFor(handle, row.exercise(), ExerciseKind.fromWire(row.kind()), now));
            sets.setInt(7, row.setIndex());
            sets.setString(8, row.kind());
            sets.setString(9, row.setType());
            sets.setInt(10, row.reps());
            sets.setDouble(11, row.weight());
            sets.setInt(12, row.duration());
            sets.setDouble(13, row.distance());
            sets.setDouble(14, row.rpe());
            sets.setDouble(15, row.e1rm());
            sets.addBatch();
        }
        ended.setString(1, userId);
        ended.setString(2, id);
        ended.setString(3, Tombstones.LOGGED);
        ended.setLong(4, now);
        ended.addBatch();
        pending.add(new String[] {userId, id});
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        workouts.executeBatch();
        sets.executeBatch();
        ended.executeBatch();
        for (String[] workout : pending) {
            ExerciseBests.fill(handle, workout[0], workout[1]);
        }
        pending.clear();
        connection.commit();
    }

    /** Writes what is pending, creates the indexes again, makes the record buckets and puts the file back in WAL mode. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                for (String index : indexes) {
                    s.execute(index);
                }
                // All made again at once: one by one per workout they would read the sets without the indexes.
                handle.useTransaction(RecordBuckets::fillAll);
                s.execute("PRAGMA journal_mode = WAL");
            }
        } finally {
            handle.close();
        }
    }
}
