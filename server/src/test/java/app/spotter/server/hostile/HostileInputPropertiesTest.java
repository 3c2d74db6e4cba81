package app.spotter.server.hostile;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.Gen;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SeededProperty;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated documents sent to the real server: each answer is a 2xx for a mutation that is still valid, or a 4xx
 * with a JSON error; never a 500; and a refused write leaves what is stored exactly as it was. Each property draws
 * its inputs from one seed, printed with a failure ({@code -Dspotter.seed=...} replays it).
 */
class HostileInputPropertiesTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final Set<Integer> REFUSALS = Set.of(400, 409, 410, 413, 415);
    private static RunningServer server;
    private static WorkoutTemplate template;
    private static String validDraft;

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.start(Files.createTempDirectory("spotter-hostile"));
        template = TemplateDocs.v1List(server.get("/api/templates").body()).get(1);
        WorkoutSession draft = WorkoutSession.start(template, "hostile-1", T0).completeSet(0, 0, T0 + 1000)
                .moveTo(1, T0 + 2000);
        validDraft = SessionCodec.write(draft);
        assertEquals(200, server.put("/api/session-draft", validDraft).status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Gen<String> mutatedTemplates() {
        return Mutations.of(TemplateDocs.body(TemplateCodecV2.read(server.get("/api/templates/" + template.id())
                .body())));
    }

    private static Gen<String> mutatedDrafts() {
        return Mutations.of(validDraft);
    }

    @Test
    void mutatedTemplatesAreStoredWholeOrRefusedCleanly() {
        SeededProperty.forAll("mutatedTemplatesAreStoredWholeOrRefusedCleanly", 400, mutatedTemplates(),
                HostileInputPropertiesTest::putTemplate);
    }

    private static void putTemplate(String body) {
        String before = server.get("/api/templates/" + template.id()).body();
        Reply reply = server.put("/api/templates/" + template.id(), body);
        if (reply.status() == 200) {
            TemplateCodecV2.read(server.get("/api/templates/" + template.id()).body());
            return;
        }
        assertRefusedWithJson(reply);
        assertEquals(before, server.get("/api/templates/" + template.id()).body(), "nothing stored changed");
    }

    @Test
    void mutatedDraftsAreMergedOrRefusedCleanly() {
        SeededProperty.forAll("mutatedDraftsAreMergedOrRefusedCleanly", 400, mutatedDrafts(),
                HostileInputPropertiesTest::putDraft);
    }

    private static void putDraft(String body) {
        String before = server.get("/api/session-draft").body();
        Reply reply = server.put("/api/session-draft", body);
        if (reply.status() == 200) {
            WorkoutSession stored = SessionCodec.read(server.get("/api/session-draft").body());
            WorkoutSession previous = SessionCodec.read(before);
            if (stored.sessionId().equals(previous.sessionId())) {
                assertTrue(stored.set(0, 0).done(), "a completed set is never lost to a mutated copy");
            }
            return;
        }
        assertRefusedWithJson(reply);
        assertEquals(before, server.get("/api/session-draft").body(), "the stored draft is intact");
    }

    @Test
    void mutatedWorkoutsAreLoggedOrRefusedCleanly() {
        SeededProperty.forAll("mutatedWorkoutsAreLoggedOrRefusedCleanly", 200, mutatedDrafts(),
                HostileInputPropertiesTest::logWorkout);
    }

    private static void logWorkout(String body) {
        String before = server.get("/api/workouts?limit=200").body();
        // Its own session id, so that logging it never ends the draft the other properties work on.
        String finished = body.replace("hostile-1", "hostile-log").replace("\"restEndsAt\"",
                "\"finishedAt\":" + (T0 + 60_000) + ",\"restEndsAt\"");
        Reply reply = server.post("/api/workouts", finished);
        if (reply.status() == 201 || reply.status() == 200) {
            return;
        }
        assertRefusedWithJson(reply);
        assertEquals(before, server.get("/api/workouts?limit=200").body(), "the log is intact");
    }

    private static void assertRefusedWithJson(Reply reply) {
        assertTrue(REFUSALS.contains(reply.status()), "a refusal, not " + reply.status() + ": " + reply.body());
        JsonObject error = Json.parseObject(reply.body());
        assertFalse(error.getString("error", "").isBlank(), reply.body());
    }
}
