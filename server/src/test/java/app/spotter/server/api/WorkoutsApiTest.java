package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.json.TemplateCodec;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkoutsApiTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;
    private RunningServer server;
    private WorkoutTemplate template;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        template = TemplateCodec.readList(server.get("/api/templates").body()).get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WorkoutSession finished(String id, long start) {
        return WorkoutSession.start(template, id, start).completeSet(0, 0, start + 60_000)
                .editSet(0, 1, 4, 65, start + 61_000).completeSet(0, 1, start + 200_000).finish(start + 1_800_000);
    }

    private JsonArray history(String query) {
        Reply reply = server.get("/api/workouts" + query);
        assertEquals(200, reply.status());
        return Json.parseArray(reply.body());
    }

    @Test
    void POST_logs_a_workout_once_201_then_200_and_removes_its_draft_in_the_same_step() {
        WorkoutSession workout = finished("s-1", T0);
        server.put("/api/session-draft", SessionCodec.write(WorkoutSession.start(template, "s-1", T0)));
        Reply first = server.post("/api/workouts", SessionCodec.write(workout));
        assertEquals(201, first.status(), first.body());
        assertEquals(204, server.get("/api/session-draft").status(), "the draft is gone");
        Reply retry = server.post("/api/workouts", SessionCodec.write(workout));
        assertEquals(200, retry.status());
        assertEquals(1, history("").size(), "a retry never makes a duplicate");
        assertEquals(410, server.put("/api/session-draft", SessionCodec.write(WorkoutSession.start(template, "s-1",
                T0))).status(), "a late sync of a finished session is told it ended");
    }

    @Test
    void a_late_sync_of_a_logged_session_gets_410_with_the_log_and_its_late_changes_can_be_added() {
        WorkoutSession workout = finished("s-1", T0);
        server.post("/api/workouts", SessionCodec.write(workout));
        WorkoutSession phone = WorkoutSession.start(template, "s-1", T0).completeSet(1, 0, T0 + 2_000_000);
        Reply gone = server.put("/api/session-draft", SessionCodec.write(phone));
        assertEquals(410, gone.status());
        JsonObject body = Json.parseObject(gone.body());
        assertEquals("finished", body.getString("reason"));
        assertEquals(workout, SessionCodec.fromJson(body.getObject("workout")));

        Reply amended = server.post("/api/workouts/s-1/amend", SessionCodec.write(phone));
        assertEquals(200, amended.status(), amended.body());
        WorkoutSession stored = SessionCodec.fromJson(Json.parseObject(server.get("/api/workouts/s-1").body()));
        assertTrue(stored.set(1, 0).done(), "the phone's late set is in the log");
        assertTrue(stored.set(0, 1).done(), "and nothing the log had is lost");
        assertEquals(workout.durationSeconds(), stored.durationSeconds());
        assertEquals(3, Json.parseArray(server.get("/api/history").body()).getObject(0).getInt("setsDone"));
        assertEquals(404, server.post("/api/workouts/nope/amend", SessionCodec.write(WorkoutSession.start(template,
                "nope", T0))).status());
        assertEquals(400, server.post("/api/workouts/other/amend", SessionCodec.write(phone)).status());
    }

    @Test
    void logging_keeps_a_newer_sessions_draft() {
        server.put("/api/session-draft", SessionCodec.write(WorkoutSession.start(template, "s-2", T0 + 5000)));
        assertEquals(201, server.post("/api/workouts", SessionCodec.write(finished("s-1", T0))).status());
        assertEquals(200, server.get("/api/session-draft").status());
    }

    @Test
    void GET_returns_the_log_newest_first_with_paging_and_each_workout_by_id() {
        server.post("/api/workouts", SessionCodec.write(finished("old", T0)));
        server.post("/api/workouts", SessionCodec.write(finished("new", T0 + 86_400_000)));
        server.post("/api/workouts", SessionCodec.write(finished("mid", T0 + 3_600_000)));
        JsonArray all = history("");
        assertEquals("new", all.getObject(0).getString("id"));
        assertEquals("mid", all.getObject(1).getString("id"));
        assertEquals("old", all.getObject(2).getString("id"));
        JsonArray page = history("?limit=1&before=" + (T0 + 86_400_000));
        assertEquals(1, page.size());
        assertEquals("mid", page.getObject(0).getString("id"));

        JsonObject one = Json.parseObject(server.get("/api/workouts/mid").body());
        assertEquals(1800, one.getLong("durationSeconds"));
        assertEquals(2, SessionCodec.fromJson(one).setsDone());
        assertEquals(404, server.get("/api/workouts/nope").status());
    }

    @Test
    void a_workout_whose_numbers_do_not_add_up_or_is_not_finished_is_refused() {
        String doctored = SessionCodec.write(finished("s-1", T0)).replace("\"durationSeconds\":1800",
                "\"durationSeconds\":99");
        Reply reply = server.post("/api/workouts", doctored);
        assertEquals(400, reply.status());
        assertEquals("durationSeconds", Json.parseObject(reply.body()).getString("field"));
        Reply unfinished = server.post("/api/workouts", SessionCodec.write(WorkoutSession.start(template, "s-2", T0)));
        assertEquals(400, unfinished.status());
        assertEquals("finishedAt", Json.parseObject(unfinished.body()).getString("field"));
        assertEquals(0, history("").size());
        assertTrue(server.get("/api/workouts?limit=x").status() == 400);
    }
}
