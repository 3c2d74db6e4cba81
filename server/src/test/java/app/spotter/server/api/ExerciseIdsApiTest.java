package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every logged set points at an exercise id (issue 11): a catalog exercise under any of its names or aliases is one
 * history, a name nobody has becomes a custom exercise when it is logged, and renaming or merging moves the history
 * by what the sets point at.
 */
class ExerciseIdsApiTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void log(Workout workout) {
        Reply reply = server.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
    }

    private void bench(String id, long start, String name, double kg) {
        log(LoggedWorkout.named(id, "Push", start).exercise(name, ExerciseKind.WEIGHT_REPS).reps(5, kg).finish(1800));
    }

    private List<Double> topWeights(String exercise) {
        Reply reply = server.get("/api/progress?exercise=" + URLEncoder.encode(exercise, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        return Json.parseArray(reply.body()).stream().map(p -> ((JsonObject) p).getDouble("topWeight")).toList();
    }

    private List<String> exercises() {
        return Json.parseArray(server.get("/api/exercises").body()).stream().map(Object::toString).toList();
    }

    private List<CustomExercise> custom() {
        return CustomExerciseCodec.readList(server.get("/api/custom-exercises").body());
    }

    @Test
    void a_catalog_exercise_under_its_aliases_is_one_history_with_one_set_of_records() {
        bench("a", MONDAY, "Bench press", 100);
        bench("b", MONDAY + DAY, "Bench Press (Barbell)", 105);
        bench("c", MONDAY + 2 * DAY, "flat bench press", 110);
        assertEquals(List.of("flat bench press"), exercises(), "once, under the name it was last logged as");
        assertEquals(List.of(100.0, 105.0, 110.0), topWeights("Barbell Bench Press"));
        assertEquals(List.of(100.0, 105.0, 110.0), topWeights("bench-press"), "asked by the catalog id");
        JsonArray records = Json.parseObject(server.get("/api/workouts/c/summary").body()).getArray("records");
        JsonObject heaviest = records.stream().map(r -> (JsonObject) r)
                .filter(r -> r.getString("kind").equals("heaviest_weight")).findFirst().orElseThrow();
        assertEquals(105.0, heaviest.getDouble("previous"), records.toString());
        JsonArray last = Json.parseObject(server.get("/api/exercises/last?name=Bench%20press").body())
                .getArray("Bench press");
        assertEquals(110.0, last.getObject(0).getDouble("weight"));
        assertEquals(List.of(), custom(), "no catalog name becomes a custom exercise");
    }

    @Test
    void a_name_nobody_has_becomes_a_custom_exercise_of_its_kind_when_logged() {
        log(LoggedWorkout.named("a", "Odd", MONDAY).exercise("Tire Flip", ExerciseKind.REPS_ONLY).reps(6, 0)
                .exercise("???", ExerciseKind.WEIGHT_REPS).reps(10, 20).finish(1200));
        log(LoggedWorkout.named("b", "Odd", MONDAY + DAY).exercise("tire flip", ExerciseKind.REPS_ONLY).reps(8, 0)
                .finish(1200));
        List<CustomExercise> custom = custom();
        assertEquals(1, custom.size(), custom.toString());
        assertEquals("Tire Flip", custom.get(0).name());
        assertEquals("reps_only", custom.get(0).kind());
        assertEquals(List.of("tire flip", "???"), exercises(), "under the name it was last logged as");
        assertEquals(2, Json.parseArray(server.get("/api/progress?exercise=TIRE%20FLIP").body()).size());
        assertEquals(1, Json.parseArray(server.get("/api/progress?exercise=%3F%3F%3F").body()).size(),
                "a name that can be no exercise still has its history");
        assertEquals(409, server.delete("/api/custom-exercises/" + custom.get(0).id()).status());
    }

    @Test
    void a_renamed_custom_exercise_keeps_its_history_under_the_new_name() {
        bench("a", MONDAY, "Spoto Press", 90);
        CustomExercise spoto = custom().get(0);
        Reply renamed = server.put("/api/custom-exercises/" + spoto.id(), CustomExerciseCodec.writeNew(
                new CustomExercise("", "Paused Bench", "weight_reps", "chest", "barbell", 0)));
        assertEquals(200, renamed.status(), renamed.body());
        bench("b", MONDAY + DAY, "paused bench", 95);
        assertEquals(List.of(90.0, 95.0), topWeights("Paused Bench"));
        assertEquals(List.of("paused bench"), exercises().stream().map(String::toLowerCase).toList(),
                "the spellings of one name (case aside) are one name in the list");
        assertEquals(List.of(), topWeights("Spoto Press"), "the old name is no exercise now");
    }

    @Test
    void merging_a_catalog_exercise_moves_it_under_every_name_it_was_logged_as() {
        bench("a", MONDAY, "Bench press", 100);
        bench("b", MONDAY + DAY, "Bench Press (Barbell)", 105);
        Reply added = server.post("/api/custom-exercises", CustomExerciseCodec.writeNew(
                new CustomExercise("", "Comp Bench", "weight_reps", "chest", "barbell", 0)));
        assertEquals(201, added.status(), added.body());
        String into = CustomExerciseCodec.read(added.body()).id();
        Reply merged = server.post("/api/exercises/merge", "{\"from\":\"Bench press\",\"into\":\"" + into + "\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals(List.of(100.0, 105.0), topWeights("Comp Bench"));
        assertEquals(List.of("Comp Bench"), exercises());
        assertEquals(400, server.post("/api/exercises/merge", "{\"from\":\"Comp Bench\",\"into\":\"" + into + "\"}")
                .status(), "an exercise cannot be merged into itself");
    }
}
