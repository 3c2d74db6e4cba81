package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.server.support.TemplateDocs;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.Template;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two members of one household: neither can read or change the other's templates, draft or workouts. */
class CrossUserTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;
    private RunningServer server;
    private ApiClient alex;
    private ApiClient sam;
    private Template alexTemplate;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        alex = server.addMember("Alex", "alexs password");
        sam = server.addMember("Sam", "sams password");
        alexTemplate = TemplateDocs.list(alex.get("/api/templates").body()).get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anotherUsersTemplateIdGives404ForReadWriteAndDelete() {
        String path = "/api/templates/" + alexTemplate.id();
        assertEquals(404, sam.get(path).status());
        assertEquals(404, sam.put(path, TemplateDocs.body(alexTemplate)).status());
        assertEquals(404, sam.delete(path).status());
        assertEquals(alexTemplate, TemplateCodecV2.read(alex.get(path).body()), "untouched");
        String order = "{\"ids\":[\"" + alexTemplate.id() + "\"]}";
        assertEquals(400, sam.put("/api/templates/order", order).status());
        assertFalse(sam.get("/api/templates").body().contains(alexTemplate.id()));
    }

    @Test
    void drafts_are_per_user_and_one_users_sync_never_overwrites_anothers() {
        WorkoutSession alexDraft = WorkoutSession.start(TemplateDocs.v1(alexTemplate), "alex-session", T0)
                .completeSet(0, 0, T0 + 1);
        assertEquals(200, alex.put("/api/session-draft", SessionCodec.write(alexDraft)).status());
        assertEquals(204, sam.get("/api/session-draft").status(), "Sam sees no draft of Alex's");

        WorkoutSession samCopy = WorkoutSession.start(TemplateDocs.v1(alexTemplate), "alex-session", T0)
                .undoSet(0, 0, T0 + 5);
        assertEquals(200, sam.put("/api/session-draft", SessionCodec.write(samCopy)).status(),
                "Sam's sync with the same session id only makes Sam's own draft");
        assertEquals(204, sam.delete("/api/session-draft/alex-session").status());
        WorkoutSession kept = SessionCodec.read(alex.get("/api/session-draft").body());
        assertEquals(alexDraft, kept, "Alex's draft is untouched");
    }

    @Test
    void anotherUsersWorkoutIdGives404AndReplayingItsSessionIdRevealsNothing() {
        WorkoutSession workout = WorkoutSession.start(TemplateDocs.v1(alexTemplate), "alex-workout", T0)
                .completeSet(0, 0, T0 + 1000)
                .finish(T0 + 60_000);
        assertEquals(201, alex.post("/api/workouts", SessionCodec.write(workout)).status());
        assertEquals(404, sam.get("/api/workouts/alex-workout").status());
        assertEquals(0, Json.parseArray(sam.get("/api/workouts").body()).size());

        WorkoutSession samsOwn = WorkoutSession.start(TemplateDocs.v1(alexTemplate), "alex-workout", T0)
                .finish(T0 + 1000);
        assertEquals(201, sam.post("/api/workouts", SessionCodec.write(samsOwn)).status(),
                "the same session id under another user is a separate workout, not Alex's answered back");
        assertEquals(workout, SessionCodec.fromJson(Json.parseObject(alex.get("/api/workouts/alex-workout").body())));
    }
}
