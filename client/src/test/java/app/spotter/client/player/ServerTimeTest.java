package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import org.junit.jupiter.api.Test;

/** The player on a device whose clock is 5 minutes fast: every time it records or shows is the server's. */
class ServerTimeTest {
    private static final long FAST = 5 * 60_000;
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;

    private PlayerHarness startedOnTheServer(long agoMillis) {
        server.serverAhead = -FAST;
        server.draft = WorkoutSession.start(Fakes.pushDay(), "s-1", server.serverNow() - agoMillis);
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        return harness;
    }

    @Test
    void theTimerShowsTheElapsedTimeByTheServersClock() {
        PlayerHarness harness = startedOnTheServer(60_000);
        assertEquals(-FAST, device.serverClock.offset());
        assertEquals(60, harness.session().elapsedSeconds(harness.player.now()));
    }

    @Test
    void theRestCountdownIsTheRestTimeNotTheRestPlusTheSkew() {
        PlayerHarness harness = startedOnTheServer(60_000);
        harness.actions().completeSet(0, 0);
        assertEquals(90, harness.session().restRemainingSeconds(harness.player.now()));
        assertEquals(server.serverNow() + 90_000, harness.session().restEndsAt(), "rest end in server time");
        assertEquals(90, harness.storedRestTimeRemaining());
    }

    @Test
    void finishRecordsTheServerTimeAndTheRightDuration() {
        PlayerHarness harness = startedOnTheServer(10 * 60_000);
        harness.actions().completeSet(0, 0);
        harness.player.finishing().finish();
        server.answerAll();
        WorkoutSession logged = server.logged.get("s-1");
        assertEquals(600, logged.durationSeconds());
        assertEquals(server.serverNow(), logged.finishedAt());
    }

    @Test
    void anOlderServerWithoutTheHeaderIsMeasuredFromTheSyncAnswer() {
        server.timeHeader = false;
        PlayerHarness.storeLocally(device, WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0));
        server.serverAhead = 42_000;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertTrue(device.serverClock.known(), "the PUT answer's serverTime");
        assertEquals(42_000, device.serverClock.offset());
        assertEquals(FakeTime.T0 + 42_000, harness.player.now());
    }
}
