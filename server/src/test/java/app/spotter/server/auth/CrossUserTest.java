package app.spotter.server.auth;

import app.spotter.server.support.TemplateDocs;
import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.read;
import static app.spotter.server.support.SessionDocs.start;
import static app.spotter.server.support.SessionDocs.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.workout.Workout;
import app.spotter.templates.WorkoutTemplate;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two members of one household: neither can read or change the other's templates, draft or workouts. */
class CrossUserTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final String PUT = "/api/session-draft?baseRevision=0";

    @TempDir
    Path dir;
    private RunningServer server;
    private ApiClient alex;
    private ApiClient sam;
    private WorkoutTemplate alexTemplate;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir);
        alex = server.addMember("Alex", "alexs password");
        sam = server.addMember("Sam", "sams password");
        alexTemplate = TemplateDocs.v1List(alex.get("/api/templates").body()).get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anotherUsersTemplateIdGives404ForReadWriteAndDelete() {
        String path = "/api/templates/" + alexTemplate.id();
        assertEquals(404, sam.get(path).status());
        assertEquals(404, sam.put(path, alex.get(path).body()).status());
        assertEquals(404, sam.delete(path).status());
        assertEquals(alexTemplate, TemplateDocs.v1One(alex.get(path).body()), "untouched");
        String order = "{\"ids\":[\"" + alexTemplate.id() + "\"]}";
        assertEquals(400, sam.put("/api/templates/order", order).status());
        assertFalse(sam.get("/api/templates").body().contains(alexTemplate.id()));
    }

    @Test
    void drafts_are_per_user_and_one_users_sync_never_overwrites_anothers() {
        Workout alexDraft = complete(start("alex-session", T0, "alex"), 0, 0, at(T0 + 1, "alex"));
        assertEquals(200, alex.put(PUT, json(alexDraft)).status());
        assertEquals(204, sam.get("/api/session-draft").status(), "Sam sees no draft of Alex's");

        Workout samCopy = undo(alexDraft, 0, 0, at(T0 + 5, "sam"));
        assertEquals(200, sam.put(PUT, json(samCopy)).status(),
                "Sam's sync with the same session id only makes Sam's own draft");
        assertEquals(200, sam.delete("/api/session-draft/alex-session").status());
        assertEquals(alexDraft, read(alex.get("/api/session-draft").body()), "Alex's draft is untouched");
        assertEquals(200, alex.put(PUT, json(alexDraft)).status(), "Sam's discard is no tombstone of Alex's");
    }

    @Test
    void anotherUsersWorkoutIdGives404AndReplayingItsSessionIdRevealsNothing() {
        Workout workout = finish(complete(start("alex-workout", T0, "alex"), 0, 0, at(T0 + 1000, "alex")),
                at(T0 + 60_000, "alex"));
        assertEquals(201, alex.post("/api/workouts", json(workout)).status());
        assertEquals(404, sam.get("/api/workouts/alex-workout").status());
        assertEquals(404, sam.delete("/api/workouts/alex-workout").status());
        assertEquals(404, sam.post("/api/workouts/alex-workout/amend", json(workout)).status());
        assertEquals(0, Json.parseArray(sam.get("/api/workouts").body()).size());

        Workout samsOwn = finish(complete(start("alex-workout", T0, "sam"), 1, 0, at(T0 + 500, "sam")),
                at(T0 + 1000, "sam"));
        Reply own = sam.post("/api/workouts", json(samsOwn));
        assertEquals(201, own.status(),
                "the same session id under another user is a separate workout, not Alex's merged or answered back");
        assertEquals(samsOwn, read(own.body()));
        assertEquals(workout, read(alex.get("/api/workouts/alex-workout").body()));
    }
}
