package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.workout.Workout;
import org.junit.jupiter.api.Test;

/** The player on a device whose clock is 5 minutes fast: every time it records or shows is the server's. */
class ServerTimeTest {
    private static final long FAST = 5 * 60_000;
    private final WorkoutDevice device = new WorkoutDevice();
    private final FakeWorkoutServer server = device.server;

    private WorkoutPlayer startedOnTheServer(long agoMillis) {
        server.serverAhead = -FAST;
        server.draft = WorkoutDevice.pushStarted("s-1", server.serverNow() - agoMillis);
        WorkoutPlayer player = device.mountPlayer();
        server.answerAll();
        return player;
    }

    @Test
    void theTimerShowsTheElapsedTimeByTheServersClock() {
        WorkoutPlayer player = startedOnTheServer(60_000);
        assertEquals(-FAST, device.serverClock.offset());
        assertEquals(60, player.state().workout().elapsedSeconds(player.now()));
    }

    @Test
    void theRestCountdownIsTheRestTimeNotTheRestPlusTheSkew() {
        WorkoutPlayer player = startedOnTheServer(60_000);
        WorkoutDevice.complete(player, 0, 0);
        Workout workout = player.state().workout();
        assertEquals(90, workout.restRemainingSeconds(player.now()));
        assertEquals(server.serverNow() + 90_000, workout.restValue().endsAt(), "rest end in server time");
        String stored = device.storage.get(device.keys.activeSession());
        assertEquals(90, Json.parseObject(stored).getLong("restTimeRemaining"));
    }

    @Test
    void finishRecordsTheServerTimeAndTheRightDuration() {
        WorkoutPlayer player = startedOnTheServer(10 * 60_000);
        WorkoutDevice.complete(player, 0, 0);
        player.finishing().finish();
        player.finishing().confirmFinish();
        server.answerAll();
        Workout logged = server.logged.get("s-1");
        assertEquals(600, logged.durationSeconds());
        assertEquals(server.serverNow(), logged.finishedAtValue());
    }

    @Test
    void anOlderServerWithoutTheHeaderIsMeasuredFromTheSyncAnswer() {
        server.timeHeader = false;
        device.store().save(WorkoutDevice.pushStarted("s-1", FakeTime.T0), null, 0);
        server.serverAhead = 42_000;
        WorkoutPlayer player = device.mountPlayer();
        server.answerAll();
        assertTrue(device.serverClock.known(), "the PUT answer's serverTime");
        assertEquals(42_000, device.serverClock.offset());
        assertEquals(FakeTime.T0 + 42_000, player.now());
    }

    @Test
    void aWorkoutStartedOnThisDeviceStartsAtServerTime() {
        server.serverAhead = -FAST;
        device.serverClock.observe(server.serverNow(), device.time.now(), device.time.now());
        new WorkoutStarter(device.platform, device.keys).start(WorkoutDevice.pushDay());
        server.answerAll();
        WorkoutPlayer player = device.mountPlayer();
        server.answerAll();
        assertEquals(server.serverNow(), player.state().workout().startedAt());
        assertEquals(0, player.state().workout().elapsedSeconds(player.now()));
    }
}
