package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.server.db.Database;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record buckets kept as workouts are logged, amended, deleted and their exercises merged and renamed, stretch by
 * stretch, are the ones made from every row at once ({@link RecordBuckets#fillAll}, what schema step V11 does).
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
            // A merge moves every set of one exercise under another's id and a rename keeps the id: both rewrite
            // the workouts' sets, so their stretches must follow.
            for (int i = 0; i < 4; i++) {
                Workout odd = LoggedWorkout.started("z" + i, T0 + i * APART + 3_600_000)
                        .exercise("Zercher Thing", ExerciseKind.WEIGHT_REPS).reps(4 + i, 140 - i * 5).finish(1800);
                assertEquals(201, server.post("/api/workouts", WorkoutCodec.write(odd)).status());
            }
            var added = server.post("/api/custom-exercises", CustomExerciseCodec.writeNew(
                    new CustomExercise("", "Spoto Zercher", "weight_reps", "legs", "barbell", 0)));
            assertEquals(201, added.status(), added.body());
            String into = CustomExerciseCodec.read(added.body()).id();
            var merged = server.post("/api/exercises/merge", "{\"from\":\"Zercher Thing\",\"into\":\"" + into
                    + "\"}");
            assertEquals(200, merged.status(), merged.body());
            var renamed = server.put("/api/custom-exercises/" + into, CustomExerciseCodec.writeNew(
                    new CustomExercise("", "Paused Zercher", "weight_reps", "legs", "barbell", 0)));
            assertEquals(200, renamed.status(), renamed.body());

            Database db = server.database();
            Map<String, List<Map<String, Object>>> kept = buckets(db);
            db.write(h -> {
                RecordBuckets.fillAll(h);
                return null;
            });
            assertEquals(buckets(db), kept);
            for (long span : RecordBuckets.SPANS) {
                assertTrue(kept.get("record_buckets").stream().filter(row -> ((Number) row.get("span")).longValue()
                        == span).count() > 1, "more than one stretch of " + span + ": " + kept);
            }
        }
    }

    private static Map<String, List<Map<String, Object>>> buckets(Database db) {
        return db.read(h -> Map.of(
                "record_buckets", h.createQuery("SELECT * FROM record_buckets"
                        + " ORDER BY user_id, exercise_id, kind, span, starts_at").mapToMap().list(),
                "rep_buckets", h.createQuery("SELECT * FROM rep_buckets"
                        + " ORDER BY user_id, exercise_id, kind, span, starts_at, weight").mapToMap().list()));
    }
}
