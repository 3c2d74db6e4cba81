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
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionDraftApiTest {
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

    private WorkoutSession session(String id) {
        return WorkoutSession.start(template, id, T0);
    }

    private WorkoutSession stored() {
        Reply reply = server.get("/api/session-draft");
        return reply.status() == 204 ? null : SessionCodec.read(reply.body());
    }

    @Test
    void GET_without_a_draft_gives_204() {
        assertEquals(204, server.get("/api/session-draft").status());
    }

    @Test
    void PUT_stores_the_draft_and_answers_revision_server_time_and_the_stored_draft() {
        WorkoutSession draft = session("s-1").completeSet(0, 0, T0 + 1000);
        Reply reply = server.put("/api/session-draft", SessionCodec.write(draft));
        assertEquals(200, reply.status(), reply.body());
        JsonObject body = Json.parseObject(reply.body());
        assertEquals(draft.revision(), body.getLong("revision"));
        assertTrue(body.getLong("serverTime") > T0);
        assertEquals(draft, SessionCodec.fromJson(body.getObject("draft")));
        assertEquals(draft, stored());
    }

    @Test
    void a_late_older_copy_never_loses_a_set_completed_in_a_newer_one() {
        WorkoutSession older = session("s-1").completeSet(0, 0, T0 + 1000);
        WorkoutSession newer = older.completeSet(0, 1, T0 + 2000).moveTo(1, T0 + 3000);
        assertEquals(200, server.put("/api/session-draft", SessionCodec.write(newer)).status());
        assertEquals(200, server.put("/api/session-draft", SessionCodec.write(older)).status());
        WorkoutSession kept = stored();
        assertTrue(kept.set(0, 0).done() && kept.set(0, 1).done());
        assertEquals(1, kept.activeExerciseIndex());
    }

    @Test
    void a_different_session_gets_409_with_the_active_draft_unless_it_replaces_it() {
        WorkoutSession first = session("s-1");
        server.put("/api/session-draft", SessionCodec.write(first));
        Reply conflict = server.put("/api/session-draft", SessionCodec.write(session("s-2")));
        assertEquals(409, conflict.status());
        JsonObject body = Json.parseObject(conflict.body());
        assertEquals("s-1", body.getObject("draft").getString("sessionId"));
        assertEquals(first, stored());

        assertEquals(200, server.put("/api/session-draft?replace=true", SessionCodec.write(session("s-2"))).status());
        assertEquals("s-2", stored().sessionId());
        assertEquals(410, server.put("/api/session-draft", SessionCodec.write(first)).status(),
                "the replaced session was discarded");
    }

    @Test
    void DELETE_discards_only_that_session_and_a_later_sync_of_it_gets_410() {
        server.put("/api/session-draft", SessionCodec.write(session("s-1")));
        assertEquals(204, server.delete("/api/session-draft/older-one").status());
        assertEquals("s-1", stored().sessionId(), "deleting another session never deletes this one");
        assertEquals(204, server.delete("/api/session-draft/s-1").status());
        assertEquals(null, stored());
        Reply gone = server.put("/api/session-draft", SessionCodec.write(session("s-1")));
        assertEquals(410, gone.status());
        assertEquals("discarded", Json.parseObject(gone.body()).getString("reason"));
    }

    @Test
    void bad_drafts_get_400_and_leave_the_stored_draft_intact() {
        WorkoutSession draft = session("s-1").completeSet(0, 0, T0 + 1000);
        server.put("/api/session-draft", SessionCodec.write(draft));
        String good = SessionCodec.write(draft.completeSet(0, 1, T0 + 2000));
        assertEquals(400, server.put("/api/session-draft", good.replace("\"schema\":1", "\"schema\":9")).status());
        assertEquals(400, server.put("/api/session-draft", good.replace("\"reps\":5", "\"reps\":-5")).status());
        assertEquals(400, server.put("/api/session-draft", good.substring(0, 40)).status());
        assertEquals(400, server.put("/api/session-draft", SessionCodec.write(draft.finish(T0 + 5000))).status());
        assertEquals(413, server.put("/api/session-draft", "[" + "1,".repeat(200_000) + "1]").status());
        assertEquals(draft, stored());
    }
}
