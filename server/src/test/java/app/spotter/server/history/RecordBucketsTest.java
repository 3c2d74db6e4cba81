package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.db.Database;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record buckets kept as workouts are logged, amended, deleted, imported and moved to another exercise (a rename,
 * a merge), stretch by stretch, are the ones made from every row at once ({@link RecordBuckets#fillAll}, what schema step V11 does).
 */
class RecordBucketsTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final long APART = 23 * 86_400_000L;

    @TempDir
    Path dir;

    @Test
    void bucketsKeptWorkoutByWorkoutAreTheBucketsMadeFromEveryRow() {
        try (RunningServer server = RunningServer.start(dir)) {
            for (int i = 0; i < 30; i++) {
                Workout workout = LoggedWorkout.started("w" + i, T0 + i * APART)
                        .exercise("Squat", ExerciseKind.WEIGHT_REPS).set(SetType.WARMUP, 20, 60, 0, 0, true)
                        .reps(5 + i % 4, 100 + i % 7 * 2.5).reps(3 + i % 5, 110 + i % 3 * 5)
                        .exercise("Plank", ExerciseKind.DURATION).timed(60 + i % 9 * 10, 0, 0)
                        .finish(3600);
                assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(workout)).status());
                if (i == 17) {
                    // The best set becomes a warm-up: its stretches must forget it.
                    Workout amended = SetEdits.setType(workout, "x0", "x0.s2", SetType.WARMUP,
                            new Stamp(T0 + i * APART + 7_200_000, 0, "t"));
                    var reply = server.post("/api/workouts/w17/amend", WorkoutCodec.write(amended));
                    assertEquals(200, reply.status(), reply.body());
                }
            }
            assertEquals(204, server.delete("/api/workouts/w9").status());
            assertEquals(204, server.delete("/api/workouts/w29").status());

            Map<String, List<Map<String, Object>>> kept = assertKeptAsIfMadeFromEveryRow(server.database(),
                    "logged, amended and deleted");
            for (long span : RecordBuckets.SPANS) {
                assertTrue(kept.get("record_buckets").stream().filter(row -> ((Number) row.get("span")).longValue()
                        == span).count() > 1, "more than one stretch of " + span + ": " + kept);
            }
        }
    }

    @Test
    void importsRenamesAndMergesKeepTheBucketsOfTheSetsTheyMove() {
        try (RunningServer server = RunningServer.start(dir)) {
            // Over 30 workouts, 690 days: stretches of both spans, each exercise in many of them.
            for (int i = 0; i < 30; i++) {
                Workout workout = LoggedWorkout.started("w" + i, T0 + i * APART)
                        .exercise(i % 2 == 0 ? "Spoto Press" : "Bench press", ExerciseKind.WEIGHT_REPS)
                        .reps(5 + i % 4, (i % 2 == 0 ? 120 : 100) + i % 3 * 2.5).reps(8, 80)
                        .finish(3600);
                assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(workout)).status());
            }
            assertKeptAsIfMadeFromEveryRow(server.database(), "logged");

            ApiClient sam = server.addMember("sam", "sam's long password");
            Reply imported = sam.post("/api/import", server.get("/api/export").body());
            assertEquals(200, imported.status(), imported.body());
            assertKeptAsIfMadeFromEveryRow(server.database(), "imported by another member");

            CustomExercise spoto = CustomExerciseCodec.readList(server.get("/api/custom-exercises").body()).get(0);
            Reply renamed = server.put("/api/custom-exercises/" + spoto.id(), CustomExerciseCodec.writeNew(
                    new CustomExercise("", "Paused Bench", "weight_reps", "chest", "barbell", 0)));
            assertEquals(200, renamed.status(), renamed.body());
            assertKeptAsIfMadeFromEveryRow(server.database(), "renamed");

            Reply merged = server.post("/api/exercises/merge", "{\"from\":\"" + spoto.id()
                    + "\",\"into\":\"bench-press\"}");
            assertEquals(200, merged.status(), merged.body());
            assertKeptAsIfMadeFromEveryRow(server.database(), "merged");

            // A bench press after them all beats the merged sets, 20 months before, not only the bench press ones.
            Workout last = LoggedWorkout.started("last", T0 + 30 * APART).exercise("Bench press",
                    ExerciseKind.WEIGHT_REPS).reps(1, 127.5).finish(1800);
            assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(last)).status());
            JsonObject heaviest = Json.parseObject(server.get("/api/workouts/last/summary").body())
                    .getArray("records").stream().map(r -> (JsonObject) r)
                    .filter(r -> r.getString("kind").equals("heaviest_weight")).findFirst().orElseThrow();
            assertEquals(125.0, heaviest.getDouble("previous"), heaviest.toString());
        }
    }

    /**
     * The buckets as kept equal the ones {@link RecordBuckets#fillAll} makes (which it leaves in their place);
     * returns them.
     */
    private static Map<String, List<Map<String, Object>>> assertKeptAsIfMadeFromEveryRow(Database db, String after) {
        Map<String, List<Map<String, Object>>> kept = buckets(db);
        db.write(h -> {
            RecordBuckets.fillAll(h);
            return null;
        });
        assertEquals(buckets(db), kept, after);
        return kept;
    }

    private static Map<String, List<Map<String, Object>>> buckets(Database db) {
        return db.read(h -> Map.of(
                "record_buckets", h.createQuery("SELECT * FROM record_buckets"
                        + " ORDER BY user_id, exercise_id, kind, span, starts_at").mapToMap().list(),
                "rep_buckets", h.createQuery("SELECT * FROM rep_buckets"
                        + " ORDER BY user_id, exercise_id, kind, span, starts_at, weight").mapToMap().list()));
    }
}
