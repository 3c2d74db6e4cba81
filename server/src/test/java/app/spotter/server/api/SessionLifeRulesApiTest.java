package app.spotter.server.api;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.done;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.read;
import static app.spotter.server.support.SessionDocs.readIn;
import static app.spotter.server.support.SessionDocs.set;
import static app.spotter.server.support.SessionDocs.start;
import static app.spotter.server.support.SessionDocs.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Workout;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "The same rules hold across the session's whole life": each way today's server was found to lose or
 * resurrect data, over HTTP. Device "fast" runs five minutes ahead of device "slow".
 */
class SessionLifeRulesApiTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long AHEAD = 5 * 60_000;
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
        return read(server.get("/api/session-draft").body());
    }

    private Reply put(long baseRevision, Workout doc) {
        Reply reply = server.put(PUT + baseRevision, json(doc));
        return reply;
    }

    @Test
    void a_set_completed_on_a_slow_clock_device_stays_done() {
        Workout base = start("s-1", T0, "fast");
        Workout fast = SetEdits.setWeight(base, "e0", "e0.s0", 65, at(T0 + AHEAD, "fast"));
        assertEquals(200, put(0, fast).status());
        Workout slow = complete(base, 0, 0, at(T0 + 1000, "slow"));
        Reply reply = put(1, slow);
        assertEquals(200, reply.status(), reply.body());
        Workout answer = readIn(reply.body(), "draft");
        assertTrue(done(answer, 0, 0), "the slow device's screen keeps it ticked");
        assertTrue(done(stored(), 0, 0));
        assertEquals(65, set(stored(), 0, 0).weightValue(), "and the other device's later weight stays");
    }

    @Test
    void a_later_undo_from_a_slow_clock_device_wins_over_a_completion_stamped_ahead() {
        Workout fast = complete(start("s-1", T0, "fast"), 0, 0, at(T0 + AHEAD, "fast"));
        put(0, fast);
        Workout slowSawIt = stored();
        Workout undone = undo(slowSawIt, 0, 0, at(T0 + 2000, "slow"));
        assertEquals(200, put(1, undone).status());
        assertFalse(done(stored(), 0, 0), "an undo that saw the completion cancels it, whatever the clocks");
    }

    @Test
    void an_absurd_stamp_is_refused_so_it_cannot_pin_a_field() {
        Workout base = start("s-1", T0, "a");
        put(0, base);
        Reply twoTo53 = put(1, SetEdits.setWeight(base, "e0", "e0.s0", 70, at(9_007_199_254_740_992L, "a")));
        assertEquals(400, twoTo53.status(), twoTo53.body());
        assertTrue(Json.parseObject(twoTo53.body()).getString("field").contains("sets[0]"), twoTo53.body());
        Reply tomorrow = put(1, complete(base, 0, 0, at(now.get() + 24 * 3_600_000L + 1, "a")));
        assertEquals(400, tomorrow.status(), "more than 24 h ahead of the server");
        assertEquals(base, stored());
        assertEquals(200, put(1, complete(base, 0, 0, at(now.get() + 23 * 3_600_000L, "a"))).status(),
                "a clock a few hours off still syncs");
    }

    @Test
    void a_copy_with_fewer_exercises_and_sets_never_drops_completed_sets() {
        Workout full = complete(complete(start("s-1", T0, "a"), 0, 1, at(T0 + 1000, "a")), 1, 1, at(T0 + 2000, "a"));
        put(0, full);
        Workout smaller = start(SessionDocs.sized("Push day", 1, 1), "s-1", T0, "a");
        Reply reply = put(1, smaller);
        assertEquals(200, reply.status(), reply.body());
        Workout kept = stored();
        assertTrue(done(kept, 0, 1) && done(kept, 1, 1), "absence is not removal");
        assertEquals(4, kept.setsPlanned());
        assertEquals(kept, readIn(reply.body(), "draft"), "the smaller copy gets the whole one back");
    }

    @Test
    void a_second_devices_finish_of_a_logged_session_merges_its_late_set_and_amend_keeps_a_later_one() {
        Workout base = start("s-1", T0, "desk");
        Workout desk = finish(complete(base, 0, 0, at(T0 + 1000, "desk")), at(T0 + 600_000, "desk"));
        assertEquals(201, server.post("/api/workouts", json(desk)).status());
        Workout phone = finish(complete(base, 1, 0, at(T0 + 500_000, "phone")), at(T0 + 610_000, "phone"));
        Reply second = server.post("/api/workouts", json(phone));
        assertEquals(200, second.status(), second.body());
        Workout merged = read(second.body());
        assertTrue(done(merged, 0, 0) && done(merged, 1, 0), "the phone's set is in the answer it clears for");
        assertEquals(merged, read(server.get("/api/workouts/s-1").body()));

        Workout slowLate = complete(base, 1, 1, at(T0 + 300_000, "slow"));
        Reply gone = put(0, slowLate);
        assertEquals(410, gone.status());
        assertFalse(done(readIn(gone.body(), "workout"), 1, 1), "the log lacks it, so the client offers it");
        Reply amended = server.post("/api/workouts/s-1/amend", json(slowLate));
        assertEquals(200, amended.status(), amended.body());
        assertTrue(done(read(amended.body()), 1, 1), "a late set stamped before the finish is added too");
        assertEquals(3, read(server.get("/api/workouts/s-1").body()).setsDone());
    }

    @Test
    void a_deleted_workout_is_not_brought_back_by_an_outbox_retry_unless_restored() {
        Workout workout = finish(complete(start("s-1", T0, "a"), 0, 0, at(T0 + 1000, "a")), at(T0 + 9000, "a"));
        server.post("/api/workouts", json(workout));
        assertEquals(204, server.delete("/api/workouts/s-1").status());
        Reply retry = server.post("/api/workouts", json(workout));
        assertEquals(410, retry.status());
        assertEquals("deleted", Json.parseObject(retry.body()).getString("reason"));
        assertEquals(404, server.get("/api/workouts/s-1").status());
        assertEquals(201, server.post("/api/workouts?restore=true", json(workout)).status());
        assertEquals(workout, read(server.get("/api/workouts/s-1").body()));
    }

    @Test
    void a_session_discarded_on_one_device_is_not_logged_by_anothers_finish_unless_restored() {
        Workout base = start("s-1", T0, "a");
        put(0, base);
        assertEquals(200, server.delete("/api/session-draft/s-1").status());
        Workout other = finish(complete(base, 0, 0, at(T0 + 1000, "b")), at(T0 + 9000, "b"));
        Reply refused = server.post("/api/workouts", json(other));
        assertEquals(410, refused.status());
        assertEquals("discarded", Json.parseObject(refused.body()).getString("reason"));
        assertEquals("[]", server.get("/api/workouts").body());
        assertEquals(201, server.post("/api/workouts?restore=true", json(other)).status());
    }

    @Test
    void a_newer_move_is_not_overwritten_by_an_older_one_arriving_later() {
        Workout base = start("s-1", T0, "a");
        put(0, base);
        Workout older = SessionEdits.moveTo(base, "e0", at(T0 + 3000, "slow"));
        older = SessionEdits.startRest(older, 90, at(T0 + 3000, "slow"), T0 + 3000);
        Workout newer = SessionEdits.moveTo(base, "e1", at(T0 + 5000, "fast"));
        newer = SessionEdits.startRest(newer, 60, at(T0 + 5000, "fast"), T0 + 5000);
        put(1, newer);
        Reply late = put(1, older);
        assertEquals(200, late.status());
        Workout answer = readIn(late.body(), "draft");
        assertEquals("e1", answer.activeExerciseId().value());
        assertEquals(T0 + 65_000, answer.restValue().endsAt());
        assertEquals(answer, stored());
    }

    @Test
    void equal_stamps_resolve_the_same_whatever_the_arrival_order() {
        assertEquals(storedAfter("s-1", "a", "b"), storedAfter("s-2", "b", "a"));
    }

    // Two devices write the same set's weight with the same millis and counter; the stored weight afterwards.
    private double storedAfter(String sessionId, String firstDevice, String secondDevice) {
        Workout base = start(sessionId, T0, "a");
        put(0, base);
        for (String device : new String[] {firstDevice, secondDevice}) {
            double kg = device.equals("a") ? 70 : 75;
            assertEquals(200, put(1, SetEdits.setWeight(base, "e0", "e0.s0", kg, at(T0 + 1000, device))).status());
        }
        double weight = set(stored(), 0, 0).weightValue();
        assertEquals(200, server.delete("/api/session-draft/" + sessionId).status());
        return weight;
    }
}
