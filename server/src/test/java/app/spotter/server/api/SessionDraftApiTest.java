package app.spotter.server.api;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.delta;
import static app.spotter.server.support.SessionDocs.done;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.readIn;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.Workout;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft calls of wire format 2 (CONTRACT.md "Drafts"), as WorkoutDraftApi sends and reads them. */
class SessionDraftApiTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final String PUT = "/api/session-draft?baseRevision=";

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(T0 + 3_600_000);
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir.resolve("spotter.db"), now::get).setUpOwner();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Workout stored() {
        Reply reply = server.get("/api/session-draft");
        return reply.status() == 204 ? null : SessionDocs.read(reply.body());
    }

    private static JsonObject body(Reply reply) {
        return Json.parseObject(reply.body());
    }

    @Test
    void GET_without_a_draft_gives_204() {
        assertEquals(204, server.get("/api/session-draft").status());
    }

    @Test
    void PUT_of_a_new_session_answers_revision_1_and_server_time_without_sending_the_draft_back() {
        Workout draft = complete(start("s-1", T0, "a"), 0, 0, at(T0 + 1000, "a"));
        Reply reply = server.put(PUT + 0, json(draft));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, body(reply).getLong("revision"));
        assertEquals(now.get(), body(reply).getLong("serverTime"));
        assertFalse(body(reply).has("draft"), "the device has everything the server has");
        assertEquals(draft, stored());
    }

    @Test
    void a_delta_is_merged_and_only_a_change_counts_a_revision() {
        Workout base = start("s-1", T0, "a");
        server.put(PUT + 0, json(base));
        Workout next = complete(base, 0, 0, at(T0 + 1000, "a"));
        Reply merged = server.put(PUT + 1, delta(next, base.latestStamp()));
        assertEquals(200, merged.status(), merged.body());
        assertEquals(2, body(merged).getLong("revision"));
        assertFalse(body(merged).has("draft"));
        assertEquals(next, stored());

        Reply again = server.put(PUT + 2, delta(next, base.latestStamp()));
        assertEquals(2, body(again).getLong("revision"), "a merge that changes nothing is no new revision");
        assertFalse(body(again).has("draft"));
    }

    @Test
    void a_device_behind_the_stored_revision_gets_the_whole_merged_draft() {
        Workout phone = start("s-1", T0, "phone");
        server.put(PUT + 0, json(phone));
        Workout tablet = complete(phone, 1, 0, at(T0 + 2000, "tablet"));
        server.put(PUT + 1, delta(tablet, phone.latestStamp()));
        Workout phoneNext = complete(phone, 0, 0, at(T0 + 3000, "phone"));
        Reply reply = server.put(PUT + 1, delta(phoneNext, phone.latestStamp()));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(3, body(reply).getLong("revision"));
        Workout sentBack = readIn(reply.body(), "draft");
        assertTrue(done(sentBack, 0, 0) && done(sentBack, 1, 0), "both devices' sets are in what comes back");
        assertEquals(sentBack, stored());
    }

    @Test
    void a_whole_document_missing_what_the_server_has_gets_the_draft_even_at_the_current_revision() {
        Workout phone = complete(start("s-1", T0, "phone"), 0, 0, at(T0 + 1000, "phone"));
        server.put(PUT + 0, json(phone));
        Workout fresh = start("s-1", T0, "phone");
        Reply reply = server.put(PUT + 1, json(fresh));
        assertTrue(done(readIn(reply.body(), "draft"), 0, 0));
    }

    @Test
    void a_delta_for_a_session_the_server_has_no_copy_of_gets_412_naming_partial() {
        Workout base = start("s-1", T0, "a");
        Reply reply = server.put(PUT + 0, delta(complete(base, 0, 0, at(T0 + 1, "a")), base.latestStamp()));
        assertEquals(412, reply.status(), reply.body());
        assertEquals("partial", body(reply).getString("field"));
        assertNull(stored());
    }

    @Test
    void a_different_session_gets_409_with_the_active_draft_unless_it_replaces_it() {
        Workout first = start("s-1", T0, "a");
        server.put(PUT + 0, json(first));
        Reply conflict = server.put(PUT + 0, json(start("s-2", T0 + 5000, "b")));
        assertEquals(409, conflict.status());
        assertEquals(first, readIn(conflict.body(), "draft"));
        assertEquals(first, stored());

        assertEquals(200, server.put(PUT + 0 + "&replace=true", json(start("s-2", T0 + 5000, "b"))).status());
        assertEquals("s-2", stored().sessionId());
        Reply gone = server.put(PUT + 1, json(first));
        assertEquals(410, gone.status(), "the replaced session was discarded");
        assertEquals("discarded", body(gone).getString("reason"));
    }

    @Test
    void DELETE_discards_only_that_session_with_a_tombstone_404_for_unknown_410_for_logged() {
        Workout draft = start("s-1", T0, "a");
        server.put(PUT + 0, json(draft));
        assertEquals(404, server.delete("/api/session-draft/older-one").status());
        assertEquals("s-1", stored().sessionId(), "deleting another session never deletes this one");
        Reply discarded = server.delete("/api/session-draft/s-1");
        assertEquals(200, discarded.status(), discarded.body());
        assertEquals("discarded", body(discarded).getString("reason"));
        assertNull(stored());
        assertEquals(200, server.delete("/api/session-draft/s-1").status(), "a retried discard is answered alike");
        Reply gone = server.put(PUT + 1, json(complete(draft, 0, 0, at(T0 + 9000, "b"))));
        assertEquals(410, gone.status());
        assertEquals("discarded", body(gone).getString("reason"));

        Workout logged = finish(complete(start("s-2", T0, "a"), 0, 0, at(T0 + 1000, "a")), at(T0 + 2000, "a"));
        assertEquals(201, server.post("/api/workouts", json(logged)).status());
        Reply late = server.delete("/api/session-draft/s-2");
        assertEquals(410, late.status());
        assertEquals(logged, readIn(late.body(), "workout"));
    }

    @Test
    void a_late_sync_of_a_logged_session_gets_410_with_the_logged_workout() {
        Workout phone = start("s-1", T0, "phone");
        Workout logged = finish(complete(phone, 0, 0, at(T0 + 1000, "desk")), at(T0 + 2000, "desk"));
        server.post("/api/workouts", json(logged));
        Reply gone = server.put(PUT + 0, json(complete(phone, 1, 0, at(T0 + 3000, "phone"))));
        assertEquals(410, gone.status());
        assertEquals(logged, readIn(gone.body(), "workout"));
    }

    @Test
    void bad_drafts_get_400_naming_the_field_and_leave_the_stored_draft_intact() {
        Workout draft = complete(start("s-1", T0, "a"), 0, 0, at(T0 + 1000, "a"));
        server.put(PUT + 0, json(draft));
        String good = json(complete(draft, 0, 1, at(T0 + 2000, "a")));
        assertField("schema", server.put(PUT + 1, good.replace("\"schema\":2", "\"schema\":1")));
        assertField("exercises[0].sets[0].reps", server.put(PUT + 1, good.replace("\"reps\":8", "\"reps\":-8")));
        assertEquals(400, server.put(PUT + 1, good.substring(0, 40)).status());
        assertField("finishedAt", server.put(PUT + 1, json(finish(draft, at(T0 + 5000, "a")))));
        String farAhead = json(complete(draft, 0, 1, at(now.get() + 25 * 3_600_000L, "a")));
        assertEquals(400, server.put(PUT + 1, farAhead).status(), "a stamp over 24 h ahead is refused");
        assertField("baseRevision", server.put("/api/session-draft?baseRevision=x", good));
        assertEquals(413, server.put(PUT + 1, "[" + "1,".repeat(200_000) + "1]").status());
        assertEquals(draft, stored());
    }

    @Test
    void a_schema_1_client_is_told_it_speaks_an_old_schema() {
        String v1 = "{\"schema\":1,\"sessionId\":\"old\",\"templateId\":\"\",\"name\":\"Push day\",\"startedAt\":"
                + T0 + ",\"updatedAt\":" + T0 + ",\"revision\":1,\"activeExerciseIndex\":0,\"restEndsAt\":0,"
                + "\"exercises\":[{\"name\":\"Bench press\",\"restSeconds\":90,\"sets\":[{\"targetReps\":5,"
                + "\"targetWeight\":60.0,\"reps\":5,\"weight\":60.0,\"done\":true,\"changedAt\":" + T0 + "}]}]}";
        Reply reply = server.put("/api/session-draft", v1);
        assertField("schema", reply);
        assertTrue(body(reply).getString("error").contains("schema 1"), reply.body());
        assertField("schema", server.post("/api/workouts", v1));
    }

    @Test
    void every_api_answer_carries_X_Server_Time() {
        assertEquals(now.get(), server.get("/api/session-draft").serverTime());
        assertEquals(now.get(), server.put(PUT + 0, "{").serverTime());
        assertEquals(now.get(), server.get("/api/no-such-route").serverTime());
        assertEquals(now.get(), server.get("/api/health").serverTime());
        Reply signedOut = ApiClient.at(server.url("")).get("/api/session-draft");
        assertEquals(401, signedOut.status());
        assertEquals(now.get(), signedOut.serverTime());
    }

    private static void assertField(String field, Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, Json.parseObject(reply.body()).getString("field"), reply.body());
    }
}
