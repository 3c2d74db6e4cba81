package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.catalog.CustomExerciseRules;
import app.spotter.catalog.ExerciseMerged;
import app.spotter.catalog.ExerciseMergedCodec;
import app.spotter.history.LoggedWorkout;
import app.spotter.json.Json;
import app.spotter.server.exercises.CustomExerciseStore;
import app.spotter.server.http.ApiException;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom exercises (issue 11): added, renamed, merged and deleted per user, with their logged history following. */
class CustomExercisesApiTest {
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

    private static String body(String name, String kind) {
        return CustomExerciseCodec.writeNew(new CustomExercise("", name, kind, "quads", "barbell", 0));
    }

    private CustomExercise add(String name) {
        Reply reply = server.post("/api/custom-exercises", body(name, "weight_reps"));
        assertEquals(201, reply.status(), reply.body());
        return CustomExerciseCodec.read(reply.body());
    }

    private List<CustomExercise> list(ApiClient client) {
        Reply reply = client.get("/api/custom-exercises");
        assertEquals(200, reply.status(), reply.body());
        return CustomExerciseCodec.readList(reply.body());
    }

    private void log(String id, long start, String exercise, double kg) {
        Workout workout = LoggedWorkout.named(id, "Legs", start).exercise(exercise, ExerciseKind.WEIGHT_REPS)
                .reps(5, kg).finish(1800);
        Reply reply = server.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        JsonObject json = Json.parseObject(reply.body());
        assertFalse(json.getString("error", "").isEmpty(), reply.body());
        assertEquals(field, json.getString("field", ""), reply.body());
    }

    private JsonArray progress(String exercise) {
        Reply reply = server.get("/api/progress?exercise=" + exercise.replace(" ", "%20"));
        assertEquals(200, reply.status(), reply.body());
        return Json.parseArray(reply.body());
    }

    @Test
    void POST_stores_the_exercise_and_GET_lists_it() {
        CustomExercise added = add("  Anderson Squat ");
        assertTrue(added.id().startsWith("c-"), added.id());
        assertEquals("Anderson Squat", added.name());
        assertEquals("quads", added.muscle());
        assertEquals(List.of(added), list(server.owner()));
    }

    @Test
    void a_name_taken_by_the_user_or_the_catalog_is_refused_with_409_naming_the_field() {
        add("Anderson Squat");
        assertRefused(server.post("/api/custom-exercises", body("anderson-SQUAT", "weight_reps")), 409, "name");
        assertRefused(server.post("/api/custom-exercises", body("Back Squat", "weight_reps")), 409, "name");
        assertRefused(server.post("/api/custom-exercises", body("barbell squat", "weight_reps")), 409, "name",
                "an alias of a catalog exercise");
        assertEquals(1, list(server.owner()).size());
    }

    @Test
    void the_same_name_added_at_the_same_time_is_stored_once_and_the_others_get_409() throws Exception {
        int clients = 8;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return server.post("/api/custom-exercises", body("Anderson Squat", "weight_reps"));
                }));
            }
            ready.await();
            go.countDown();
            int created = 0;
            for (Future<Reply> reply : replies) {
                Reply answer = reply.get();
                if (answer.status() == 201) {
                    created++;
                } else {
                    assertRefused(answer, 409, "name", "a concurrent duplicate");
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, list(server.owner()).size());
    }

    @Test
    void a_duplicate_that_slips_past_the_check_is_refused_by_the_unique_key_with_the_same_409() {
        ApiException refused = assertThrows(ApiException.class, () -> server.database().writeFor("u", h -> {
            CustomExerciseStore.insert(h, "u", valid("Anderson Squat"), "c-1", MONDAY);
            return CustomExerciseStore.insert(h, "u", valid("anderson-SQUAT"), "c-2", MONDAY);
        }));
        assertEquals(409, refused.status());
        assertEquals("name", refused.body().getString("field"));
        assertTrue(refused.getMessage().contains("anderson-SQUAT"), refused.getMessage());
        long stored = server.database().read(h -> h.createQuery("SELECT COUNT(*) FROM custom_exercises"
                + " WHERE user_id = 'u'").mapTo(Long.class).one());
        assertEquals(0, stored, "the refused write stored nothing");
    }

    private static CustomExercise valid(String name) {
        return CustomExerciseRules.require(new CustomExercise("", name, "weight_reps", "", "", 0));
    }

    private static void assertRefused(Reply reply, int status, String field, String why) {
        assertEquals(status, reply.status(), why + ": " + reply.body());
        assertEquals(field, Json.parseObject(reply.body()).getString("field", ""), why);
    }

    @Test
    void invalid_fields_are_refused_with_400_naming_the_field() {
        assertRefused(server.post("/api/custom-exercises", body("", "weight_reps")), 400, "name");
        assertRefused(server.post("/api/custom-exercises", body("x".repeat(101), "weight_reps")), 400, "name");
        assertRefused(server.post("/api/custom-exercises", body("Yoga flow", "yoga")), 400, "kind");
        assertRefused(server.post("/api/custom-exercises", "{\"kind\":\"duration\"}"), 400, "name");
    }

    @Test
    void users_never_see_or_change_each_others_exercises() {
        CustomExercise mine = add("Anderson Squat");
        ApiClient member = server.addMember("sam", RunningServer.PASSWORD);
        assertTrue(list(member).isEmpty());
        assertEquals(201, member.post("/api/custom-exercises", body("Anderson Squat", "weight_reps")).status(),
                "the same name is free for another user");
        assertEquals(404, member.put("/api/custom-exercises/" + mine.id(), body("Mine now", "weight_reps")).status());
        assertEquals(404, member.delete("/api/custom-exercises/" + mine.id()).status());
        assertEquals(404, member.post("/api/exercises/merge", "{\"from\":\"" + mine.id() + "\",\"into\":\"back-squat\"}")
                .status());
        assertEquals(List.of(mine), list(server.owner()));
    }

    @Test
    void a_rename_moves_the_logged_history_to_the_new_name() {
        CustomExercise anderson = add("Anderson Squat");
        log("a", MONDAY, "Anderson Squat", 100);
        Reply renamed = server.put("/api/custom-exercises/" + anderson.id(), body("Anderson Front Squat", "weight_reps"));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Anderson Front Squat", CustomExerciseCodec.read(renamed.body()).name());
        assertEquals(1, progress("Anderson Front Squat").size());
        assertEquals(0, progress("Anderson Squat").size());
        Workout stored = WorkoutCodec.read(server.get("/api/workouts/a").body());
        assertEquals("Anderson Front Squat", stored.visibleExercises().get(0).nameValue());
        assertRefused(server.put("/api/custom-exercises/" + anderson.id(), body("Deadlift", "weight_reps")), 409,
                "name");
    }

    @Test
    void a_merge_makes_history_records_and_progress_answer_under_the_exercise_merged_into() {
        CustomExercise anderson = add("Anderson Squat");
        log("a", MONDAY, "Anderson Squat", 100);
        log("b", MONDAY + DAY, "Back Squat", 90);
        log("c", MONDAY + 2 * DAY, "anderson squat", 110);
        Reply merged = server.post("/api/exercises/merge",
                "{\"from\":\"" + anderson.id() + "\",\"into\":\"back-squat\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals(new ExerciseMerged("Back Squat", 2), ExerciseMergedCodec.read(merged.body()));

        assertEquals(3, progress("Back Squat").size());
        assertEquals(0, progress("Anderson Squat").size());
        assertEquals(List.of("Back Squat"), Json.parseArray(server.get("/api/exercises").body()));
        JsonArray records = Json.parseObject(server.get("/api/workouts/c/summary").body()).getArray("records");
        JsonObject heaviest = records.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("kind").equals("heaviest_weight")).findFirst().orElseThrow();
        assertEquals(100.0, heaviest.getDouble("previous"), "the record counts the merged workout a");
        assertEquals(3, Json.parseArray(server.get("/api/history").body()).size());
        Workout a = WorkoutCodec.read(server.get("/api/workouts/a").body());
        assertEquals("Back Squat", a.visibleExercises().get(0).nameValue());
        assertTrue(server.get("/api/export").body().contains("Back Squat"));
        assertFalse(server.get("/api/export").body().toLowerCase().contains("anderson"), "export agrees");
        assertTrue(list(server.owner()).isEmpty(), "the merged exercise is gone");
    }

    @Test
    void a_logged_name_merges_into_a_custom_exercise_and_unknown_ones_are_404() {
        CustomExercise anderson = add("Anderson Squat");
        log("a", MONDAY, "Anders squat", 100);
        assertRefused(server.post("/api/exercises/merge", "{\"from\":\"Nothing\",\"into\":\"" + anderson.id() + "\"}"),
                404, "");
        assertRefused(server.post("/api/exercises/merge", "{\"from\":\"Anders squat\",\"into\":\"no-such\"}"), 404, "");
        assertRefused(server.post("/api/exercises/merge", "{\"from\":\"" + anderson.id() + "\",\"into\":\""
                + anderson.id() + "\"}"), 400, "into");
        assertEquals(200, server.post("/api/exercises/merge", "{\"from\":\"ANDERS SQUAT\",\"into\":\""
                + anderson.id() + "\"}").status());
        assertEquals(1, progress("Anderson Squat").size());
    }

    @Test
    void DELETE_removes_an_unused_exercise_and_refuses_one_with_logged_sets() {
        CustomExercise used = add("Anderson Squat");
        CustomExercise unused = add("Jefferson Curl");
        log("a", MONDAY, "Anderson Squat", 100);
        assertRefused(server.delete("/api/custom-exercises/" + used.id()), 409, "id");
        assertEquals(204, server.delete("/api/custom-exercises/" + unused.id()).status());
        assertEquals(404, server.delete("/api/custom-exercises/" + unused.id()).status());
        assertEquals(List.of(used), list(server.owner()));
    }
}
