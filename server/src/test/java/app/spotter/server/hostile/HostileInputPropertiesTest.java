package app.spotter.server.hostile;

import app.spotter.workout.TemplateCodecV2;
import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.Gen;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SeededProperty;
import app.spotter.server.support.SessionDocs;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Workout;
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
    private static final long T0 = 1_764_620_000_000L;
    private static final String PUT = "/api/session-draft?baseRevision=1";
    private static final Set<Integer> REFUSALS = Set.of(400, 409, 410, 412, 413, 415);
    private static RunningServer server;
    private static WorkoutTemplate template;
    private static String validDraft;
    private static String validWorkout;

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.start(Files.createTempDirectory("spotter-hostile"));
        template = TemplateDocs.v1List(server.get("/api/templates").body()).get(1);
        Workout draft = SessionEdits.moveTo(SessionDocs.complete(SessionDocs.start("hostile-1", T0, "a"), 0, 0,
                SessionDocs.at(T0 + 1000, "a")), "e1", SessionDocs.at(T0 + 2000, "a"));
        validDraft = SessionDocs.json(draft);
        assertEquals(200, server.put("/api/session-draft?baseRevision=0", validDraft).status());
        // Its own session id, so that logging it never ends the draft the other properties work on.
        validWorkout = SessionDocs.json(SessionDocs.finish(SessionDocs.complete(SessionDocs.start("hostile-log", T0,
                "a"), 0, 0, SessionDocs.at(T0 + 1000, "a")), SessionDocs.at(T0 + 60_000, "a")));
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
        Reply reply = server.put(PUT, body);
        if (reply.status() == 200) {
            Workout stored = SessionDocs.read(server.get("/api/session-draft").body());
            Workout previous = SessionDocs.read(before);
            if (stored.sessionId().equals(previous.sessionId())) {
                assertTrue(SessionDocs.done(stored, 0, 0), "a completed set is never lost to a mutated copy");
            }
            return;
        }
        assertRefusedWithJson(reply);
        assertEquals(before, server.get("/api/session-draft").body(), "the stored draft is intact");
    }

    @Test
    void mutatedWorkoutsAreLoggedOrRefusedCleanly() {
        SeededProperty.forAll("mutatedWorkoutsAreLoggedOrRefusedCleanly", 200, Mutations.of(validWorkout),
                HostileInputPropertiesTest::logWorkout);
    }

    private static void logWorkout(String body) {
        String before = server.get("/api/workouts?limit=200").body();
        Reply reply = server.post("/api/workouts", body);
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
