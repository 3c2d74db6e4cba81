package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class FinishFlowTest {
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;

    private PlayerHarness playing() {
        PlayerHarness.storeLocally(device, WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0));
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        harness.actions().completeSet(0, 0);
        harness.actions().completeSet(0, 1);
        server.answerAll();
        return harness;
    }

    @Test
    void finishCalculatesTheDurationAndLogsTheWorkout() {
        PlayerHarness harness = playing();
        device.time.advance(42 * 60_000 + 7000);
        harness.player.finishing().finish();
        assertEquals(PlayerState.Phase.SUMMARY, harness.state().phase());
        assertEquals(PlayerState.LogStatus.SAVING, harness.state().logStatus());
        assertEquals(1, server.requests("POST").size());
        JsonObject body = Json.parseObject(server.requests("POST").get(0).body());
        assertEquals(42 * 60 + 7, body.getLong("durationSeconds"));
        assertEquals(2, harness.session().setsDone());
        assertEquals(8 * 60 + 8 * 62.5, harness.session().volumeKg());
    }

    @Test
    void draftsAreClearedOnlyOnceTheLogSucceeds() {
        PlayerHarness harness = playing();
        harness.player.finishing().finish();
        assertNotNull(harness.stored(), "kept on the device while the log is under way");
        assertTrue(harness.stored().isFinished());
        server.answerAll();
        assertEquals(PlayerState.LogStatus.SAVED, harness.state().logStatus());
        assertNull(harness.stored());
        assertNull(device.storage.get("spotter.v1.u.u-1.outbox"));
        assertNull(server.draft, "the server removes its draft with the log");
        assertEquals(1, server.logged.size());
    }

    @Test
    void failedLogKeepsDraftsAndRetryLogsOnce() {
        PlayerHarness harness = playing();
        server.failNext("POST", 503);
        harness.player.finishing().finish();
        server.answerAll();
        assertEquals(PlayerState.LogStatus.NOT_SAVED, harness.state().logStatus());
        assertTrue(harness.state().logError().message().contains("The server had a problem"));
        assertTrue(harness.stored().isFinished(), "the finished workout stays on the device");
        assertNotNull(device.storage.get("spotter.v1.u.u-1.outbox"));
        assertNotNull(server.draft, "and the server draft stays");

        harness.player.finishing().retry();
        harness.player.finishing().retry();
        server.answerAll();
        assertEquals(PlayerState.LogStatus.SAVED, harness.state().logStatus());
        assertEquals(2, server.requests("POST").size(), "one failed attempt, one retry: a second tap waits");
        assertEquals(1, server.logged.size());
        assertNull(harness.stored());
        assertNull(server.draft);
    }

    @Test
    void aRetryOfAnAlreadyLoggedWorkoutDoesNotLogItTwice() {
        PlayerHarness harness = playing();
        harness.player.finishing().finish();
        WorkoutSession finished = harness.session();
        server.logged.put("s-1", finished);
        server.answerAll();
        assertEquals(PlayerState.LogStatus.SAVED, harness.state().logStatus(), "200: already logged counts");
        assertEquals(1, server.logged.size());
    }

    @Test
    void anUnsavedWorkoutIsRetriedByItselfWhileTheSummaryIsOpen() {
        PlayerHarness harness = playing();
        server.down = true;
        harness.player.finishing().finish();
        server.answerAll();
        server.down = false;
        device.time.advance(FinishFlow.AUTO_RETRY_MILLIS);
        server.answerAll();
        assertEquals(PlayerState.LogStatus.SAVED, harness.state().logStatus());
        assertEquals(1, server.logged.size());
    }

    @Test
    void reloadingAnUnsavedSummaryShowsItAgainAndSendsIt() {
        PlayerHarness harness = playing();
        server.down = true;
        harness.player.finishing().finish();
        server.answerAll();
        harness.player.unmount();
        server.down = false;

        PlayerHarness reloaded = new PlayerHarness(device).mount();
        assertEquals(PlayerState.Phase.SUMMARY, reloaded.state().phase());
        server.answerAll();
        assertEquals(PlayerState.LogStatus.SAVED, reloaded.state().logStatus());
        assertEquals(1, server.logged.size());
        assertNull(server.draft);
    }

    @Test
    void discardAsksFirstThenRemovesTheSessionHereAndOnTheServer() {
        PlayerHarness harness = playing();
        harness.player.finishing().confirmDiscard();
        assertEquals(PlayerState.Phase.ACTIVE, harness.state().phase(), "nothing happens without the question");
        harness.player.finishing().askDiscard();
        assertTrue(harness.state().confirmingDiscard());
        harness.player.finishing().cancelDiscard();
        assertFalse(harness.state().confirmingDiscard());
        assertNotNull(harness.stored());

        harness.player.finishing().askDiscard();
        harness.player.finishing().confirmDiscard();
        assertNull(harness.stored());
        server.answerAll();
        assertNull(server.draft);
        assertEquals("DELETE", server.requests.get(server.requests.size() - 1).method());
        assertEquals("/workouts", device.visited.get(device.visited.size() - 1));
        assertEquals(0, server.logged.size());
        assertNull(device.storage.get("spotter.v1.u.u-1.pendingDiscards"));
    }

    @Test
    void aDiscardWhileOfflineIsSentLater() {
        PlayerHarness harness = playing();
        server.down = true;
        harness.player.finishing().askDiscard();
        harness.player.finishing().confirmDiscard();
        server.answerAll();
        harness.player.unmount();
        assertNotNull(server.draft);
        server.down = false;
        new PlayerHarness(device).mount();
        server.answerAll();
        assertNull(server.draft);
        assertNull(device.storage.get("spotter.v1.u.u-1.pendingDiscards"));
    }

    @Test
    void aFinishedWorkoutIsNotSyncedAsADraft() {
        PlayerHarness harness = playing();
        int puts = server.requests("PUT").size();
        harness.player.finishing().finish();
        device.time.advance(120_000);
        assertEquals(puts, server.requests("PUT").size());
        assertTrue(SessionCodec.read(server.requests("POST").get(0).body()).isFinished());
    }
}
