package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class HydrationTest {
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;
    private final WorkoutSession started = WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0);

    @Test
    void theLocalCopyIsShownAtOnceAndTheServerAnswerAppliedWhenItArrives() {
        PlayerHarness.storeLocally(device, started);
        server.draft = started.completeSet(0, 0, FakeTime.T0 + 1000).moveTo(1, FakeTime.T0 + 2000);
        PlayerHarness harness = new PlayerHarness(device).mount();
        assertEquals(PlayerState.Phase.ACTIVE, harness.state().phase());
        assertEquals(started, harness.session(), "shown before the server answers");
        server.answerAll();
        assertEquals(1, harness.session().activeExerciseIndex());
        assertTrue(harness.session().set(0, 0).done());
    }

    @Test
    void hydrationFavorsANewerServerDraft() {
        PlayerHarness.storeLocally(device, started.completeSet(0, 0, FakeTime.T0 + 1000));
        WorkoutSession newer = started.completeSet(0, 0, FakeTime.T0 + 1000).completeSet(0, 1, FakeTime.T0 + 5000)
                .moveTo(1, FakeTime.T0 + 6000);
        server.draft = newer;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(newer, harness.session());
        assertEquals(newer, harness.stored(), "the newer copy is stored on the device too");
    }

    @Test
    void aNewerLocalCopyWinsAndIsPushedToTheServer() {
        WorkoutSession local = started.completeSet(0, 0, FakeTime.T0 + 1000).moveTo(1, FakeTime.T0 + 2000);
        PlayerHarness.storeLocally(device, local);
        server.draft = started;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(local, harness.session());
        assertEquals(local, server.draft);
    }

    @Test
    void reloadKeepsTimerActiveExerciseCompletedSetsAndRest() {
        PlayerHarness.storeLocally(device, started);
        PlayerHarness first = new PlayerHarness(device).mount();
        server.answerAll();
        device.time.advance(65_000);
        first.actions().completeSet(0, 0);
        first.actions().completeSet(0, 1);
        first.actions().nextExercise();
        first.actions().completeSet(1, 0);
        server.answerAll();
        device.time.advance(20_000);
        first.player.unmount();

        PlayerHarness reloaded = new PlayerHarness(device).mount();
        server.answerAll();
        WorkoutSession session = reloaded.session();
        assertEquals(85, session.elapsedSeconds(device.time.now()));
        assertEquals(1, session.activeExerciseIndex());
        assertEquals(3, session.setsDone());
        assertEquals(40, session.restRemainingSeconds(device.time.now()));
    }

    @Test
    void aSessionOnlyOnTheServerIsShownWhenItArrives() {
        server.draft = started.completeSet(0, 0, FakeTime.T0 + 1000);
        PlayerHarness harness = new PlayerHarness(device).mount();
        assertEquals(PlayerState.Phase.LOADING, harness.state().phase());
        server.answerAll();
        assertEquals(PlayerState.Phase.ACTIVE, harness.state().phase());
        assertEquals(server.draft, harness.stored());
    }

    @Test
    void noSessionAnywhereShowsNothingInProgress() {
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(PlayerState.Phase.EMPTY, harness.state().phase());
        assertEquals(0, server.requests("PUT").size());
    }

    @Test
    void anUnreadableLocalCopyIsKeptAsideAndTheServerCopyIsUsed() {
        device.storage.put("spotter.v1.u.u-1.activeSession", "{broken");
        server.draft = started;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(started, harness.session());
        assertTrue(harness.state().notice().contains("spotter.v1.u.u-1.activeSession.backup."));
        assertTrue(device.storage.values.containsValue("{broken"));
    }

    @Test
    void aDifferentLocalSessionThatLosesIsKeptAside() {
        WorkoutSession older = WorkoutSession.start(Fakes.legDay(), "s-old", FakeTime.T0 - 3_600_000);
        PlayerHarness.storeLocally(device, older);
        server.draft = started;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals("s-1", harness.session().sessionId());
        assertTrue(device.storage.values.keySet().stream()
                .anyMatch(key -> key.startsWith("spotter.v1.u.u-1.activeSession.s-old.backup.")));
    }

    @Test
    void aServerDraftDiscardedOnThisDeviceIsNotShownAgain() {
        server.draft = started;
        new PendingDiscards(device.storage, device.keys, device.time).add("s-1");
        server.failNext("DELETE", 500);
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(started, server.draft, "the server still has it: the DELETE failed");
        assertEquals(PlayerState.Phase.EMPTY, harness.state().phase());
        assertTrue(new PendingDiscards(device.storage, device.keys, device.time).contains("s-1"),
                "the DELETE is tried again");
    }

    @Test
    void anUnreachableServerKeepsTheLocalCopyAndShowsOffline() {
        PlayerHarness.storeLocally(device, started);
        server.down = true;
        PlayerHarness harness = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(started, harness.session());
        assertEquals(SyncStatus.OFFLINE, harness.state().syncStatus());
        harness.actions().completeSet(0, 0);
        server.answerAll();
        server.down = false;
        device.time.advance(30_000);
        server.answerAll();
        assertTrue(server.draft.set(0, 0).done(), "a retry delivers it once the server is back");
        assertFalse(harness.state().syncStatus() == SyncStatus.OFFLINE);
        assertNull(harness.state().conflictWith());
        assertEquals(List.of(), device.vibrations);
    }
}
