package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.json.Json;
import app.spotter.server.history.ExerciseBests;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutSet;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the schema-1 release (fixtures/schema1.db, see its README) opened by this server: every
 * set, weight and time survives as model 2, and what was deleted or discarded stays so.
 */
class SchemaOneFixtureTest {
    @TempDir
    Path dir;
    private RunningServer server;
    private ApiClient owner;

    @BeforeEach
    void openTheOldFile() throws IOException {
        Path copy = dir.resolve("spotter.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema1.db")) {
            Files.copy(in, copy);
        }
        server = RunningServer.start(copy, System::currentTimeMillis);
        owner = server.client().signIn("owner", "fixture-password-1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaOneFixtureTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Workout workout(String id) {
        ApiClient.Reply reply = owner.get("/api/workouts/" + id);
        assertEquals(200, reply.status(), reply.body());
        return WorkoutCodec.read(reply.body());
    }

    @Test
    void the_log_is_the_old_releases_export_upgraded_set_for_set() throws IOException {
        List<Workout> expected = ExportCodecV2.read(resource("/fixtures/schema1-export.json")).workouts();
        List<Workout> log = WorkoutCodec.readList(owner.get("/api/workouts").body());
        assertEquals(List.of("fx-pull", "fx-push"), log.stream().map(Workout::sessionId).toList());
        assertEquals(expected.get(0), log.get(1));
        assertEquals(expected.get(1), log.get(0));
    }

    @Test
    void weights_done_flags_and_times_survive() {
        Workout push = workout("fx-push");
        assertEquals("Push day", push.nameValue());
        assertEquals(1_764_500_000_000L, push.startedAt());
        assertEquals(1_764_503_600_000L, push.finishedAtValue());
        assertEquals(3600, push.durationSeconds());
        WorkoutSet second = SessionDocs.set(push, 0, 1);
        assertEquals(7, second.repsValue());
        assertEquals(62.5, second.weightValue());
        assertEquals(62.5, second.targetsValue().weight());
        assertEquals(1_764_500_900_000L, second.doneAt().millis(), "the completion keeps its time");
        assertFalse(SessionDocs.done(push, 0, 2), "a set not done stays not done");
        assertTrue(SessionDocs.done(push, 1, 1), "the amend from the second device survives");
        assertEquals(42.5, SessionDocs.set(push, 1, 1).weightValue());
        assertEquals(4, push.setsDone());
        assertEquals(8 * 60 + 7 * 62.5 + 10 * 40 + 9 * 42.5, push.volumeKg(), 1e-9);

        Workout pull = workout("fx-pull");
        assertEquals(3, pull.setsDone());
        assertEquals(102.5, SessionDocs.set(pull, 0, 1).weightValue());
        assertEquals("Chin-up", pull.visibleExercises().get(1).nameValue());
        JsonObject history = Json.parseArray(owner.get("/api/history").body()).getObject(0);
        assertEquals("fx-pull", history.getString("id"));
        assertEquals(3, history.getInt("setsDone"));
    }

    @Test
    void the_draft_in_progress_is_served_as_model_2_and_keeps_its_rest() {
        ApiClient.Reply reply = owner.get("/api/session-draft");
        assertEquals(200, reply.status());
        Workout draft = WorkoutCodec.read(reply.body());
        assertEquals("fx-active", draft.sessionId());
        assertTrue(SessionDocs.done(draft, 0, 0));
        assertEquals(62.5, SessionDocs.set(draft, 0, 0).weightValue());
        assertFalse(SessionDocs.done(draft, 0, 1));
        assertEquals(1_764_800_820_000L, draft.restValue().endsAt());

        Workout next = SessionDocs.complete(draft, 0, 1, SessionDocs.at(1_764_800_900_000L, "phone"));
        ApiClient.Reply synced = owner.put("/api/session-draft?baseRevision=3", SessionDocs.json(next));
        assertEquals(200, synced.status(), synced.body());
        assertEquals(4, Json.parseObject(synced.body()).getLong("revision"), "the old revision counts on");
        assertEquals(next, WorkoutCodec.read(owner.get("/api/session-draft").body()));
    }

    @Test
    void what_was_deleted_or_discarded_stays_so() throws IOException {
        assertEquals(404, owner.get("/api/workouts/fx-legs").status());
        String legs = resource("/fixtures/schema1-export.json");
        Workout legsAgain = SessionDocs.finish(SessionDocs.complete(SessionDocs.start("fx-legs", 1_764_700_000_000L,
                "phone"), 0, 0, SessionDocs.at(1_764_700_500_000L, "phone")), SessionDocs.at(1_764_701_200_000L, "phone"));
        ApiClient.Reply again = owner.post("/api/workouts", SessionDocs.json(legsAgain));
        assertEquals(410, again.status(), again.body());
        assertEquals("deleted", Json.parseObject(again.body()).getString("reason"));
        assertFalse(legs.contains("fx-legs"), "the old release's export did not have it either");

        Workout arms = SessionDocs.start("fx-discarded", 1_764_750_000_000L, "phone");
        ApiClient.Reply discarded = owner.put("/api/session-draft?baseRevision=0&replace=true",
                SessionDocs.json(arms));
        assertEquals(410, discarded.status());
        assertEquals("discarded", Json.parseObject(discarded.body()).getString("reason"));
        assertEquals(List.of("fx-pull", "fx-push"), WorkoutCodec.readList(owner.get("/api/workouts").body())
                .stream().map(Workout::sessionId).toList());
    }

    @Test
    void the_export_is_version_2_and_holds_the_upgraded_log_and_template() {
        ExportCodecV2.Export export = ExportCodecV2.read(owner.get("/api/export").body());
        assertEquals(2, Json.parseObject(owner.get("/api/export").body()).getInt("version"));
        List<Workout> newestFirst = new java.util.ArrayList<>(WorkoutCodec.readList(owner.get("/api/workouts").body()));
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, export.workouts(), "oldest first");
        assertTrue(export.templates().stream().anyMatch(t -> t.name().equals("Push day")
                && t.exercises().get(0).sets().get(1).targets().weight() == 62.5));
    }

    @Test
    void the_indexed_sets_are_the_done_sets_of_the_log() {
        List<Integer> counts = server.database().read(h -> h.createQuery("SELECT COUNT(*) FROM workout_sets"
                + " WHERE kind = 'weight_reps' AND set_type = 'normal' GROUP BY session_id ORDER BY session_id")
                .mapTo(Integer.class).list());
        assertEquals(List.of(3, 4), counts);
    }

    /**
     * The upgrades (V8, then V10 by exercise id) fill exercise_bests from the old rows with what the server itself
     * writes for a workout (ExerciseBests.fill), so an upgraded file answers records and progress as before.
     */
    @Test
    void the_upgrade_fills_the_per_workout_bests_as_logging_writes_them() {
        List<Map<String, Object>> upgraded = bests();
        assertEquals(4, upgraded.size(), upgraded.toString());
        Map<String, Object> bench = upgraded.stream().filter(r -> "bench-press".equals(r.get("exercise_id")))
                .findFirst().orElseThrow();
        assertEquals(62.5, ((Number) bench.get("heaviest_weight")).doubleValue());
        assertEquals(8, ((Number) bench.get("most_reps")).intValue());
        assertEquals(8 * 60.0, ((Number) bench.get("best_set_volume")).doubleValue());
        server.database().write(h -> {
            for (String session : List.of("fx-push", "fx-pull")) {
                ExerciseBests.remove(h, userId(), session);
                ExerciseBests.fill(h, userId(), session);
            }
            return null;
        });
        assertEquals(upgraded, bests());
    }

    private String userId() {
        return Json.parseObject(owner.get("/api/auth/state").body()).getObject("user").getString("id");
    }

    private List<Map<String, Object>> bests() {
        return server.database().read(h -> h.createQuery("SELECT * FROM exercise_bests"
                + " ORDER BY session_id, exercise_id, kind").mapToMap().list());
    }

    @Test
    void after_the_upgrade_an_old_workouts_exercise_merges_into_a_custom_exercise() {
        String old = workout("fx-push").visibleExercises().get(0).nameValue();
        ApiClient.Reply added = owner.post("/api/custom-exercises",
                "{\"name\":\"Fixture Press\",\"kind\":\"weight_reps\"}");
        assertEquals(201, added.status(), added.body());
        String id = CustomExerciseCodec.read(added.body()).id();
        ApiClient.Reply merged = owner.post("/api/exercises/merge",
                "{\"from\":\"" + old + "\",\"into\":\"" + id + "\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals("Fixture Press", workout("fx-push").visibleExercises().get(0).nameValue());
        assertFalse(Json.parseArray(owner.get("/api/progress?exercise=Fixture%20Press").body()).isEmpty());
        assertTrue(Json.parseArray(owner.get("/api/progress?exercise=" + old.replace(" ", "%20")).body()).isEmpty(),
                old + " has no history left");
    }
}
