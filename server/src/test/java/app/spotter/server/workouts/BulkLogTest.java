package app.spotter.server.workouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLogTest {
    private static final String BULK_USER = "bulk-user";
    private static final List<String> LOG_TIMES = List.of("user_id", "logged_at", "ended_at");

    @TempDir
    Path dir;

    @Test
    void bulkRowsAreTheRowsTheApiStoresAndTheIndexesComeBack() throws Exception {
        Workout workout = LoggedWorkout.named("w-1", "Mixed day", 1_600_000_000_000L)
                .exercise("Bench press", ExerciseKind.WEIGHT_REPS).set(SetType.WARMUP, 10, 20, 0, 0, true)
                .reps(5, 80).reps(5, 82.5).set(SetType.NORMAL, 5, 85, 0, 0, false)
                .exercise("bench press", ExerciseKind.WEIGHT_REPS).reps(12, 50)
                .exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0).timed(75, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0)
                .finish(3600);
        Path file;
        String owner;
        try (RunningServer server = RunningServer.start(dir)) {
            file = server.dbFile();
            owner = Json.parseObject(server.get("/api/auth/state").body()).getObject("user").getString("id");
            assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(workout)).status());
        }
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file);
        List<String> indexesBefore = indexes(jdbi);
        try (BulkLog bulk = BulkLog.open(file, 1L)) {
            bulk.add(BULK_USER, workout);
        }
        for (String table : BulkLog.TABLES) {
            List<Map<String, Object>> byApi = rows(jdbi, table, owner);
            assertFalse(byApi.isEmpty(), table);
            assertEquals(byApi, rows(jdbi, table, BULK_USER), table);
        }
        assertEquals(indexesBefore, indexes(jdbi));
        assertEquals("wal", jdbi.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
    }

    private static List<Map<String, Object>> rows(Jdbi jdbi, String table, String user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM " + table + " WHERE user_id = :user")
                .bind("user", user).mapToMap().list()).stream().map(row -> {
                    Map<String, Object> kept = new TreeMap<>(row);
                    LOG_TIMES.forEach(kept::remove);
                    return (Map<String, Object>) kept;
                }).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static List<String> indexes(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sql FROM sqlite_master WHERE type = 'index'"
                + " AND sql IS NOT NULL ORDER BY name").mapTo(String.class).list());
    }
}
