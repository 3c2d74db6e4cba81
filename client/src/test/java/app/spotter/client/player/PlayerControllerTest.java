package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.session.TimerFormat;
import app.spotter.session.WorkoutSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerControllerTest {
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;

    private PlayerHarness playing() {
        PlayerHarness.storeLocally(device, WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0));
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        return harness;
    }

    @Test
    void completingASetWritesSessionDataAndRestTimeRemainingBeforeRendering() {
        PlayerHarness harness = playing();
        device.time.advance(10_000);
        boolean[] checked = {false};
        harness.onRedraw = () -> {
            assertTrue(harness.stored().set(0, 1).done(), "sessionData is stored before the screen shows it");
            assertEquals(90, harness.storedRestTimeRemaining());
            checked[0] = true;
        };
        harness.actions().completeSet(0, 1);
        assertTrue(checked[0]);
        assertEquals(90, harness.session().restRemainingSeconds(device.time.now()));
    }

    @Test
    void completingASetSyncsTheServerDraftAtOnce() {
        PlayerHarness harness = playing();
        int before = server.requests("PUT").size();
        harness.actions().completeSet(0, 0);
        assertEquals(before + 1, server.requests("PUT").size());
        server.answerAll();
        assertTrue(server.draft.set(0, 0).done());
        assertEquals(SyncStatus.SYNCED, harness.state().syncStatus());
    }

    @Test
    void everyOtherChangeIsStoredBeforeItIsShownAndWaitsForTheHeartbeat() {
        PlayerHarness harness = playing();
        harness.actions().completeSet(0, 0);
        server.answerAll();
        int puts = server.requests("PUT").size();
        List<Runnable> changes = List.of(
                () -> harness.actions().adjustRest(15),
                () -> harness.actions().adjustRest(-15),
                () -> harness.actions().skipRest(),
                () -> harness.actions().editSet(0, 1, "6", "65"),
                () -> harness.actions().undoSet(0, 0),
                () -> harness.actions().nextExercise(),
                () -> harness.actions().previousExercise(),
                () -> harness.actions().selectExercise(1));
        for (Runnable change : changes) {
            long revision = harness.session().revision();
            harness.onRedraw = () -> assertEquals(harness.session(), harness.stored());
            change.run();
            assertEquals(revision + 1, harness.session().revision());
        }
        assertEquals(puts, server.requests("PUT").size(), "no request until the heartbeat");
        assertEquals(6, harness.session().set(0, 1).reps());
        assertEquals(65.0, harness.session().set(0, 1).weight());
        assertEquals(1, harness.session().activeExerciseIndex());
        device.time.advance(30_000);
        server.answerAll();
        assertEquals(harness.session(), server.draft);
    }

    @Test
    void heartbeatSyncsAfterThirtySeconds() {
        PlayerHarness harness = playing();
        int afterMount = server.requests("PUT").size();
        harness.actions().editSet(0, 0, "7", "60");
        device.time.advance(29_000);
        assertEquals(afterMount, server.requests("PUT").size());
        device.time.advance(1000);
        assertEquals(afterMount + 1, server.requests("PUT").size());
        server.answerAll();
        assertEquals(7, server.draft.set(0, 0).reps());
    }

    @Test
    void anEditOutOfRangeIsRefusedWithAMessageForThatField() {
        PlayerHarness harness = playing();
        WorkoutSession before = harness.session();
        harness.actions().editSet(0, 1, "8", "-5");
        assertEquals("exercises[0].sets[1].weight", harness.state().editError().field());
        harness.actions().editSet(0, 1, "lots", "60");
        assertEquals("exercises[0].sets[1].reps", harness.state().editError().field());
        assertEquals(before, harness.session());
        assertEquals(before, harness.stored());
        harness.actions().editSet(0, 1, "8", "62,5");
        assertNull(harness.state().editError());
    }

    @Test
    void theTimerIsDerivedFromTheStartTimeAndCountsMinutesPastAnHour() {
        PlayerHarness harness = playing();
        device.time.advance(75 * 60_000 + 3000);
        assertEquals("75:03", TimerFormat.mmss(harness.session().elapsedSeconds(device.time.now())));
        assertTrue(harness.refreshes >= 75 * 60, "the view is refreshed every second");
    }

    @Test
    void theEndOfRestIsSignalledOnceWithAVibration() {
        PlayerHarness harness = playing();
        harness.actions().completeSet(0, 0);
        device.time.advance(89_000);
        assertTrue(device.vibrations.isEmpty());
        device.time.advance(1000);
        assertEquals(1, device.vibrations.size());
        device.time.advance(10_000);
        assertEquals(1, device.vibrations.size());
        assertEquals(0, harness.session().restRemainingSeconds(device.time.now()));
        assertTrue(harness.session().restEndsAt() > 0, "the player still shows that rest is over");
    }

    @Test
    void leavingThePlayerClearsNothingAndStopsItsTimers() {
        PlayerHarness harness = playing();
        harness.actions().completeSet(0, 0);
        server.answerAll();
        harness.player.unmount();
        assertEquals(0, device.time.activeTimers());
        assertNotNull(harness.stored());
        assertNotNull(server.draft);
    }

    @Test
    void aServerCopyWithAnotherDevicesSetIsMergedIn() {
        PlayerHarness phone = playing();
        Fakes laptop = new Fakes(server);
        PlayerHarness other = new PlayerHarness(laptop).mount();
        server.answerAll();
        other.actions().completeSet(1, 0);
        server.answerAll();
        phone.actions().completeSet(0, 0);
        server.answerAll();
        assertTrue(phone.session().set(1, 0).done(), "the laptop's set arrives on the phone");
        assertTrue(phone.stored().set(1, 0).done());
        assertTrue(phone.session().set(0, 0).done());
    }

    @Test
    void aFullDeviceIsShownAndTheServerGetsTheChangeAtOnce() {
        PlayerHarness harness = playing();
        device.storage.full = true;
        int puts = server.requests("PUT").size();
        harness.actions().editSet(0, 0, "5", "60");
        assertFalse(harness.state().notice().isEmpty());
        assertEquals(puts + 1, server.requests("PUT").size());
        server.answerAll();
        assertEquals(5, SessionCodec.read(server.requests("PUT").get(puts).body()).set(0, 0).reps());
    }
}
