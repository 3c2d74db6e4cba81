package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.json.SessionCodec;
import app.spotter.server.support.TemplateDocs;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import java.nio.file.Path;

/** The real server on a temp database with two known templates, and one HtmlUnit browser, for the player tests. */
final class PlayerFixture implements AutoCloseable {
    private static final String PUSH = "{\"name\":\"Push day\",\"exercises\":["
            + "{\"name\":\"Bench press\",\"restSeconds\":90,\"sets\":[{\"reps\":8,\"weight\":60},"
            + "{\"reps\":8,\"weight\":62.5}]},"
            + "{\"name\":\"Overhead press\",\"restSeconds\":60,\"sets\":[{\"reps\":10,\"weight\":40}]}]}";
    private static final String LEGS = "{\"name\":\"Leg day\",\"exercises\":["
            + "{\"name\":\"Squat\",\"restSeconds\":120,\"sets\":[{\"reps\":5,\"weight\":100},"
            + "{\"reps\":5,\"weight\":100}]}]}";

    final RunningServer server;
    final Browser browser = new Browser();
    /** Bench press 2 x (8 x 60, 8 x 62.5) with 90 s rest, then Overhead press 1 x 10 x 40 with 60 s rest. */
    final WorkoutTemplate push;
    /** Squat 2 x 5 x 100 with 120 s rest. */
    final WorkoutTemplate legs;

    PlayerFixture(Path dir) {
        server = RunningServer.start(dir);
        browser.signedInAs(server.owner());
        push = TemplateDocs.v1One(server.post("/api/templates", TemplateDocs.fromSchemaOne(PUSH)).body());
        legs = TemplateDocs.v1One(server.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
    }

    PlayerScreen open(String path) {
        return new PlayerScreen(browser.open(server.url(path)));
    }

    /** The server's draft, or null when it has none. */
    WorkoutSession serverDraft() {
        Reply reply = server.get("/api/session-draft");
        return reply.status() == 204 ? null : SessionCodec.read(reply.body());
    }

    /** A session of {@code template} put on the server as another device would, started {@code agoMillis} ago. */
    WorkoutSession startedElsewhere(WorkoutTemplate template, String sessionId, long agoMillis) {
        long startedAt = System.currentTimeMillis() - agoMillis;
        WorkoutSession session = WorkoutSession.start(template, sessionId, startedAt)
                .completeSet(0, 0, startedAt + 1000).undoSet(0, 0, startedAt + 2000);
        Reply reply = server.put("/api/session-draft", SessionCodec.write(session));
        assertEquals(200, reply.status(), reply.body());
        return session;
    }

    @Override
    public void close() {
        browser.close();
        server.close();
    }
}
