package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** U+0000, which PostgreSQL cannot store in text, is refused with 400 wherever it comes in, on either database. */
class NulCharacterApiTest {
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
    void aTemplateWithUPlus0000IsRefusedNamingTheFieldAndNothingIsStored() {
        Template template = new Template("", "Legs", "", List.of(new TemplateExercise("Squ\u0000at",
                ExerciseKind.WEIGHT_REPS, 180, "", "", List.of(new TemplateSet(SetType.NORMAL,
                new Targets(5, 60, 0, 0))))));
        Reply reply = server.post("/api/templates", TemplateCodecV2.write(template));
        assertEquals(400, reply.status(), reply.body());
        JsonObject error = Json.parseObject(reply.body());
        assertEquals("exercises[0].name", error.getString("field"), reply.body());
        assertTrue(error.getString("error").contains("U+0000"), reply.body());
        int before = Json.parseArray(server.get("/api/templates").body()).size();
        assertEquals(before, Json.parseArray(server.get("/api/templates").body()).size());
    }

    @Test
    void anEscapedBackslashBeforeU0000IsOrdinaryText() {
        Template template = new Template("", "Back\\u0000slash", "", List.of(new TemplateExercise("Squat",
                ExerciseKind.WEIGHT_REPS, 180, "", "", List.of(new TemplateSet(SetType.NORMAL,
                new Targets(5, 60, 0, 0))))));
        Reply reply = server.post("/api/templates", TemplateCodecV2.write(template));
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.body().contains("Back\\\\u0000slash"), reply.body());
    }

    @Test
    void anIdOrANameWithUPlus0000InTheAddressIsRefused() {
        // Jetty refuses %00 in the path itself; the query's comes to the API's guard.
        for (String path : List.of("/api/templates/a%00b", "/api/workouts/a%00b/summary")) {
            Reply reply = server.get(path);
            assertEquals(400, reply.status(), path + ": " + reply.body());
        }
        for (String path : List.of("/api/exercises/last?name=a%00b", "/api/progress?exercise=a%00b",
                "/api/workouts?limit=5&beforeId=a%00b&before=5")) {
            Reply reply = server.get(path);
            assertEquals(400, reply.status(), path + ": " + reply.body());
            assertTrue(Json.parseObject(reply.body()).getString("error").contains("U+0000"), reply.body());
        }
        assertEquals(200, server.put("/api/session-draft?baseRevision=0",
                SessionDocs.json(SessionDocs.start("s-ok", 1_700_000_000_000L, "a"))).status(), "others pass");
    }
}
