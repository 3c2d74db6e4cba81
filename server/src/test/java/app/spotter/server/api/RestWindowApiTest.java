package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Rest;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rest given as a window ("2:00 to 3:00") over HTTP: templates and the draft of the workout started from one. */
class RestWindowApiTest {
    private static final Template SQUATS = new Template("", "Legs", "", List.of(
            new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 120, 180, "", "", List.of(
                    new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)),
                    new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0))))));

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

    @Test
    void POST_of_a_template_with_a_rest_window_stores_and_returns_the_window() {
        Reply created = server.post("/api/templates", TemplateCodecV2.write(SQUATS));
        assertEquals(201, created.status(), created.body());
        Template stored = TemplateCodecV2.read(created.body());
        assertEquals(180, stored.exercises().get(0).restMaxSeconds());
        Template again = TemplateCodecV2.read(server.get("/api/templates/" + stored.id()).body());
        assertEquals(SQUATS.withId(stored.id()), again);
    }

    @Test
    void POST_of_a_window_shorter_than_the_rest_gives_400_naming_the_field() {
        String bad = TemplateCodecV2.write(SQUATS).replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":90");
        Reply reply = server.post("/api/templates", bad);
        assertError(reply, "exercises[0].restMaxSeconds", "Longest rest must not be shorter than the rest");
        String over = TemplateCodecV2.write(SQUATS).replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":3601");
        assertError(server.post("/api/templates", over), "exercises[0].restMaxSeconds", "3600");
    }

    @Test
    void PUT_of_a_bad_window_leaves_the_stored_template_as_it_was() {
        Template stored = TemplateCodecV2.read(server.post("/api/templates", TemplateCodecV2.write(SQUATS)).body());
        String bad = TemplateCodecV2.write(SQUATS).replace("\"restMaxSeconds\":180", "\"restMaxSeconds\":-5");
        assertError(server.put("/api/templates/" + stored.id(), bad), "exercises[0].restMaxSeconds", "between");
        assertEquals(stored, TemplateCodecV2.read(server.get("/api/templates/" + stored.id()).body()));
    }

    @Test
    void a_draft_resting_in_a_window_is_kept_and_a_bad_window_gives_400() {
        Template stored = TemplateCodecV2.read(server.post("/api/templates", TemplateCodecV2.write(SQUATS)).body());
        long now = System.currentTimeMillis();
        Workout started = SessionEdits.start(stored, "s-window", new Stamp(now, 0, "phone"), now);
        Workout resting = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(now + 1, 0, "phone"), now + 1);
        String body = WorkoutCodec.write(resting);
        assertError(server.put("/api/session-draft?baseRevision=0",
                body.replace("\"maxSeconds\":180", "\"maxSeconds\":60")), "rest.maxSeconds", "Longest rest");
        assertEquals(204, server.get("/api/session-draft").status(), "nothing stored");

        Reply put = server.put("/api/session-draft?baseRevision=0", body);
        assertEquals(200, put.status(), put.body());
        Workout draft = WorkoutCodec.read(server.get("/api/session-draft").body());
        assertEquals(new Rest(now + 1 + 120_000, 120, 180), draft.restValue());
        assertEquals(180, draft.exercise("e0").restMaxValue());
    }

    private static void assertError(Reply reply, String field, String says) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject error = Json.parseObject(reply.body());
        assertEquals(field, error.getString("field", ""), reply.body());
        assertTrue(error.getString("error", "").contains(says), reply.body());
    }
}
