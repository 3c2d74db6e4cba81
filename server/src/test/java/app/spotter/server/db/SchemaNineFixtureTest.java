package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the release before logged sets pointed at exercise ids (fixtures/schema9.db, made by
 * make-schema9.sh through that release's API) opened by this server: the V10 upgrade points every old set at its
 * exercise, so the bench press logged as "barbell bench press", "Bench press" and Strong's "Bench Press (Barbell)"
 * is one history, while every stored document and custom exercise stays as it was; then V11 fills the record
 * buckets from those sets, so a workout logged weeks later has them to beat.
 */
class SchemaNineFixtureTest {
    private static final String CABLE_Y_RAISE = "c-db81a1d4-bc7b-4e15-8774-c76ba6a787fa";
    private static final String ZERCHER_HOLD = "c-42d1be64-efaa-492d-bf10-a046982620b7";

    @TempDir
    Path dir;
    private RunningServer server;
    private ApiClient owner;

    @BeforeEach
    void openTheOldFile() throws IOException {
        Path copy = dir.resolve("spotter.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema9.db")) {
            Files.copy(in, copy);
        }
        server = RunningServer.start(copy, System::currentTimeMillis);
        owner = server.client().signIn("owner", "fixture-password-9");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_stored_workouts_are_the_old_releases_export_unchanged() throws IOException {
        String old;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema9-export.json")) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(ExportCodecV2.read(old).workouts(), ExportCodecV2.read(owner.get("/api/export").body())
                .workouts());
    }

    @Test
    void one_exercise_logged_under_three_names_is_one_history() {
        JsonArray names = Json.parseArray(owner.get("/api/exercises").body());
        // Once, under the name it was last logged as (Strong's, stored as the catalog's; case aside).
        assertEquals(List.of("bench press", "zercher hold mk2", "cable y raise", "plank", "tire flip thing", "???"),
                names.stream().map(n -> n.toString().toLowerCase()).toList());
        for (String asked : List.of("barbell%20bench%20press", "Bench%20press", "Bench%20Press%20(Barbell)",
                "bench-press")) {
            JsonArray points = Json.parseArray(owner.get("/api/progress?exercise=" + asked).body());
            assertEquals(List.of(70.0, 75.0, 80.0), points.stream().map(p -> ((JsonObject) p).getDouble("topWeight"))
                    .toList(), asked);
        }
        JsonArray last = Json.parseObject(owner.get("/api/exercises/last?name=barbell%20bench%20press").body())
                .getArray("barbell bench press");
        assertEquals(80.0, last.getObject(0).getDouble("weight"), "Strong's bench press was the last");
    }

    @Test
    void records_count_the_earlier_workouts_logged_under_another_name() {
        JsonArray records = Json.parseObject(owner.get("/api/workouts/fx9-name/summary").body()).getArray("records");
        JsonObject heaviest = records.stream().map(r -> (JsonObject) r)
                .filter(r -> r.getString("kind").equals("heaviest_weight")).findFirst().orElseThrow();
        assertEquals(75.0, heaviest.getDouble("value"), records.toString());
        assertEquals(70.0, heaviest.getDouble("previous"), "the set logged as barbell bench press");
    }

    @Test
    void a_workout_weeks_later_counts_the_old_ones_through_the_record_buckets_the_upgrade_filled() {
        // 60 days after the old workouts: they are in an earlier stretch than its own, read from record_buckets and
        // rep_buckets (RecordBuckets), not from their rows.
        Workout later = LoggedWorkout.named("fx9-later", "Push day", 1_765_101_600_000L + 60 * 86_400_000L)
                .exercise("Bench Press (Barbell)", ExerciseKind.WEIGHT_REPS).reps(1, 82.5).reps(7, 70)
                .finish(1800);
        assertEquals(201, owner.post("/api/workouts", WorkoutCodec.write(later)).status());
        Map<String, JsonObject> records = Json.parseObject(owner.get("/api/workouts/fx9-later/summary").body())
                .getArray("records").stream().map(r -> (JsonObject) r)
                .collect(Collectors.toMap(r -> r.getString("kind"), r -> r));
        assertEquals(80.0, records.get("heaviest_weight").getDouble("previous"), records.toString());
        assertEquals(6.0, records.get("most_reps_at_weight").getDouble("previous"),
                "6 at 70 kg, logged as barbell bench press: " + records);
    }

    @Test
    void a_name_nobody_knew_became_a_custom_exercise_and_the_old_ones_kept_their_ids() {
        Map<String, CustomExercise> custom = customExercises();
        assertEquals(List.of("Cable Y Raise", "Tire Flip Thing", "Zercher Hold Mk2"),
                custom.keySet().stream().sorted().toList());
        assertEquals(CABLE_Y_RAISE, custom.get("Cable Y Raise").id());
        assertEquals("shoulders", custom.get("Cable Y Raise").muscle());
        assertEquals(ZERCHER_HOLD, custom.get("Zercher Hold Mk2").id());
        CustomExercise tire = custom.get("Tire Flip Thing");
        assertEquals("reps_only", tire.kind(), "the kind it was logged with");
        assertEquals(1_764_900_000_000L, tire.createdAt(), "dated by the workout that first logged it");
        assertEquals(409, owner.delete("/api/custom-exercises/" + tire.id()).status(), "logged sets point at it");
    }

    @Test
    void every_old_set_points_at_its_exercise() {
        Map<String, String> idByName = server.database().read(h -> h.createQuery("SELECT DISTINCT exercise,"
                        + " exercise_id FROM workout_sets")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals("bench-press", idByName.get("barbell bench press"));
        assertEquals("bench-press", idByName.get("Bench press"));
        assertEquals(CABLE_Y_RAISE, idByName.get("Cable Y Raise"));
        assertEquals(ZERCHER_HOLD, idByName.get("Zercher Hold Mk2"));
        assertEquals(customExercises().get("Tire Flip Thing").id(), idByName.get("Tire Flip Thing"));
        assertEquals("name:???", idByName.get("???"), "no exercise can have a name without a letter or digit");
        assertTrue(idByName.get("Plank").matches("[a-z-]+"), idByName.toString());
        assertEquals(7, idByName.size(), idByName.toString());
        assertEquals(0, (int) server.database().read(h -> h.createQuery("SELECT COUNT(*) FROM exercise_bests b"
                + " WHERE NOT EXISTS (SELECT 1 FROM workout_sets s WHERE s.user_id = b.user_id"
                + " AND s.exercise_id = b.exercise_id AND s.session_id = b.session_id)").mapTo(Integer.class).one()));
    }

    private Map<String, CustomExercise> customExercises() {
        return CustomExerciseCodec.readList(owner.get("/api/custom-exercises").body()).stream()
                .collect(Collectors.toMap(CustomExercise::name, e -> e));
    }
}
