package app.spotter.server.api;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.done;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.read;
import static app.spotter.server.support.SessionDocs.readIn;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log on model 2 (CONTRACT.md "The log" and "workout_sets"). */
class WorkoutsApiTest {
    private static final long T0 = 1_764_620_000_000L;

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Bench press 8 x 60 and 7 x 62.5 done, the rest not; finished 30 minutes after the start. */
    private static Workout finished(String id, long start) {
        Workout w = complete(start(id, start, "a"), 0, 0, at(start + 60_000, "a"));
        w = SetEdits.setReps(w, "e0", "e0.s1", 7, at(start + 61_000, "a"));
        w = complete(w, 0, 1, at(start + 200_000, "a"));
        return finish(w, at(start + 1_800_000, "a"));
    }

    private List<Workout> log(String query) {
        Reply reply = server.get("/api/workouts" + query);
        assertEquals(200, reply.status());
        return WorkoutCodec.readList(reply.body());
    }

    @Test
    void POST_logs_a_workout_201_then_merges_a_retry_200_and_removes_its_draft_in_the_same_step() {
        Workout workout = finished("s-1", T0);
        server.put("/api/session-draft?baseRevision=0", json(start("s-1", T0, "a")));
        Reply first = server.post("/api/workouts", json(workout));
        assertEquals(201, first.status(), first.body());
        assertEquals(workout, read(first.body()));
        assertEquals(204, server.get("/api/session-draft").status(), "the draft is gone");
        Reply retry = server.post("/api/workouts", json(workout));
        assertEquals(200, retry.status());
        assertEquals(1, log("").size(), "a retry never makes a duplicate");
        Reply late = server.put("/api/session-draft?baseRevision=0", json(start("s-1", T0, "a")));
        assertEquals(410, late.status(), "a late sync of a logged session is told it ended");
        assertEquals(workout, readIn(late.body(), "workout"));
    }

    @Test
    void logging_takes_in_what_another_device_synced_to_the_draft() {
        Workout phone = start("s-1", T0, "phone");
        server.put("/api/session-draft?baseRevision=0", json(complete(phone, 1, 0, at(T0 + 100_000, "tablet"))));
        Reply logged = server.post("/api/workouts", json(finished("s-1", T0)));
        assertEquals(201, logged.status());
        assertTrue(done(read(logged.body()), 1, 0), "the tablet's set is in the log");
        assertEquals(3, read(server.get("/api/workouts/s-1").body()).setsDone());
    }

    @Test
    void amend_merges_a_devices_copy_into_the_log_and_unknown_ids_are_404() {
        Workout workout = finished("s-1", T0);
        server.post("/api/workouts", json(workout));
        Workout phone = complete(start("s-1", T0, "phone"), 1, 0, at(T0 + 2_000_000, "phone"));
        Reply amended = server.post("/api/workouts/s-1/amend", json(phone));
        assertEquals(200, amended.status(), amended.body());
        Workout stored = read(server.get("/api/workouts/s-1").body());
        assertEquals(stored, read(amended.body()));
        assertTrue(done(stored, 1, 0), "the phone's late set is in the log");
        assertTrue(done(stored, 0, 1), "and nothing the log had is lost");
        assertEquals(workout.durationSeconds(), stored.durationSeconds());
        assertEquals(3, Json.parseArray(server.get("/api/history").body()).getObject(0).getInt("setsDone"));
        assertEquals(404, server.post("/api/workouts/nope/amend", json(start("nope", T0, "a"))).status());
        assertEquals(400, server.post("/api/workouts/other/amend", json(phone)).status());
    }

    @Test
    void logging_keeps_a_newer_sessions_draft() {
        server.put("/api/session-draft?baseRevision=0", json(start("s-2", T0 + 5000, "a")));
        assertEquals(201, server.post("/api/workouts", json(finished("s-1", T0))).status());
        assertEquals(200, server.get("/api/session-draft").status());
    }

    @Test
    void GET_returns_schema_2_documents_newest_first_with_paging_and_each_workout_by_id() {
        server.post("/api/workouts", json(finished("old", T0)));
        server.post("/api/workouts", json(finished("new", T0 + 86_400_000)));
        server.post("/api/workouts", json(finished("mid", T0 + 3_600_000)));
        List<Workout> all = log("");
        assertEquals(List.of("new", "mid", "old"), all.stream().map(Workout::sessionId).toList());
        List<Workout> page = log("?limit=1&before=" + (T0 + 86_400_000));
        assertEquals(List.of("mid"), page.stream().map(Workout::sessionId).toList());

        Reply one = server.get("/api/workouts/mid");
        assertEquals(2, Json.parseObject(one.body()).getInt("schema"));
        assertEquals(1800, read(one.body()).durationSeconds());
        assertEquals(2, read(one.body()).setsDone());
        assertEquals(404, server.get("/api/workouts/nope").status());
    }

    @Test
    void DELETE_leaves_a_tombstone_that_a_re_POST_meets_unless_it_restores() {
        Workout workout = finished("s-1", T0);
        server.post("/api/workouts", json(workout));
        assertEquals(204, server.delete("/api/workouts/s-1").status());
        assertEquals(404, server.delete("/api/workouts/s-1").status());
        assertEquals(0, log("").size());
        assertEquals(0, setRows("s-1").size(), "its indexed sets went with it");
        Reply again = server.post("/api/workouts", json(workout));
        assertEquals(410, again.status());
        assertEquals("deleted", Json.parseObject(again.body()).getString("reason"));
        assertEquals(410, server.post("/api/workouts/s-1/amend", json(workout)).status());
        assertEquals(0, log("").size());
        assertEquals(201, server.post("/api/workouts?restore=true", json(workout)).status());
        assertEquals(List.of(workout), log(""));
    }

    @Test
    void a_workout_whose_numbers_do_not_add_up_or_is_not_finished_or_partial_is_refused() {
        String doctored = json(finished("s-1", T0)).replace("\"durationSeconds\":1800", "\"durationSeconds\":99");
        assertField("durationSeconds", server.post("/api/workouts", doctored));
        assertField("finishedAt", server.post("/api/workouts", json(start("s-2", T0, "a"))));
        Workout whole = finished("s-3", T0);
        assertField("partial", server.post("/api/workouts", SessionDocs.delta(whole, at(T0 + 60_000, "a"))));
        assertEquals(0, log("").size());
        assertEquals(400, server.get("/api/workouts?limit=x").status());
    }

    @Test
    void workout_sets_holds_one_row_per_done_visible_set_in_visible_order_with_its_kind_and_values() {
        Workout w = start("s-1", T0, "a");
        w = ExerciseEdits.addExercise(w, "x1", "Plank", ExerciseKind.DURATION, 60, at(T0 + 1000, "a"));
        w = SetEdits.addSet(w, "x1", "x1.s0", at(T0 + 1001, "a"));
        w = SetEdits.setDuration(w, "x1", "x1.s0", 45, at(T0 + 1002, "a"));
        w = SetEdits.completeSet(w, "x1", "x1.s0", at(T0 + 1003, "a"), T0 + 1003);
        w = SetEdits.setType(w, "e0", "e0.s0", SetType.WARMUP, at(T0 + 1004, "a"));
        w = complete(w, 0, 0, at(T0 + 1005, "a"));
        w = complete(w, 0, 1, at(T0 + 1006, "a"));
        w = SetEdits.removeSet(w, "e0", "e0.s0", at(T0 + 1007, "a"));
        w = complete(w, 1, 1, at(T0 + 1008, "a"));
        w = ExerciseEdits.removeExercise(w, "e1", at(T0 + 1009, "a"));
        w = finish(w, at(T0 + 60_000, "a"));
        assertEquals(201, server.post("/api/workouts", json(w)).status());
        List<Map<String, Object>> rows = setRows("s-1");
        assertEquals(2, rows.size(), rows.toString());
        Map<String, Object> bench = rows.get(0);
        assertEquals(0, ((Number) bench.get("exercise_index")).intValue());
        assertEquals(0, ((Number) bench.get("set_index")).intValue(), "the removed set before it is not counted");
        assertEquals("weight_reps", bench.get("kind"));
        assertEquals(62.5, ((Number) bench.get("weight")).doubleValue());
        assertEquals(62.5 * (1 + 8 / 30.0), ((Number) bench.get("e1rm")).doubleValue(), 1e-9);
        Map<String, Object> plank = rows.get(1);
        assertEquals("Plank", plank.get("exercise"));
        assertEquals(1, ((Number) plank.get("exercise_index")).intValue(), "the removed exercise is not counted");
        assertEquals("duration", plank.get("kind"));
        assertEquals(45, ((Number) plank.get("duration_seconds")).intValue());
        assertEquals(0.0, ((Number) plank.get("e1rm")).doubleValue());
    }

    private List<Map<String, Object>> setRows(String sessionId) {
        return server.database().read(h -> h.createQuery("SELECT * FROM workout_sets WHERE session_id = :id"
                + " ORDER BY exercise_index, set_index").bind("id", sessionId).mapToMap().list());
    }

    private static void assertField(String field, Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, Json.parseObject(reply.body()).getString("field"), reply.body());
    }
}
