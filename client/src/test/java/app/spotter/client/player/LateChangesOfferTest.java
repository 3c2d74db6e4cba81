package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import org.junit.jupiter.api.Test;

/** A 410 from the draft sync: the workout was finished or discarded on another device while this one changed it. */
class LateChangesOfferTest {
    private final Fakes device = new Fakes();
    private final WorkoutSession started = WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0);

    @Test
    void setsTheLogLacksAreShownAndCanBeAddedToTheLoggedWorkout() {
        PlayerHarness player = finishedElsewhereThenCompleteTwoSets();

        assertEquals(PlayerState.Phase.EMPTY, player.state().phase());
        LateChangesOffer offer = player.player.lateChanges();
        assertEquals(2, offer.changes().size());
        assertEquals("Bench press, set 1: 8 \u00d7 60 kg done", LateChangesOffer.describe(offer.changes().get(0)));
        assertNotNull(player.stored(), "the copy stays on the device until the user chooses");

        offer.add();
        device.server.answerAll();

        assertEquals("POST /api/workouts/s-1/amend", lastPost());
        assertTrue(device.server.logged.get("s-1").exercises().get(0).sets().get(1).done());
        assertTrue(offer.changes().isEmpty());
        assertNull(player.stored());
        assertTrue(player.state().notice().contains("were added"));
    }

    @Test
    void droppingThemClearsTheCopyAndLeavesTheLogAsItWas() {
        PlayerHarness player = finishedElsewhereThenCompleteTwoSets();
        WorkoutSession asLogged = device.server.logged.get("s-1");

        player.player.lateChanges().drop();

        assertNull(player.stored());
        assertEquals(asLogged, device.server.logged.get("s-1"));
        assertTrue(player.player.lateChanges().changes().isEmpty());
        assertTrue(player.state().notice().contains("dropped"));
    }

    @Test
    void aFailedAddKeepsTheQuestionAndSaysWhy() {
        PlayerHarness player = finishedElsewhereThenCompleteTwoSets();
        device.server.failNext("POST", 500);

        player.player.lateChanges().add();
        device.server.answerAll();

        assertEquals(2, player.player.lateChanges().changes().size());
        assertNotNull(player.player.lateChanges().error());
        assertNotNull(player.stored());
    }

    @Test
    void nothingTheLogLacksMeansNoQuestionAndNoStaleCopy() {
        PlayerHarness.storeLocally(device, started);
        PlayerHarness player = new PlayerHarness(device).mount();
        device.server.answerAll();
        device.server.logged.put("s-1", started.finish(FakeTime.T0 + 60_000));
        device.server.closed.add("s-1");
        device.server.draft = null;

        player.player.sync.syncDraftSession(player.session());
        device.server.answerAll();

        assertTrue(player.player.lateChanges().changes().isEmpty());
        assertNull(player.stored());
        assertTrue(player.state().notice().contains("finished on another device"));
    }

    @Test
    void discardedElsewhereKeepsABackupAndSaysSo() {
        PlayerHarness.storeLocally(device, started);
        PlayerHarness player = new PlayerHarness(device).mount();
        device.server.answerAll();
        device.server.closed.add("s-1");
        device.server.draft = null;

        player.actions().completeSet(0, 0);
        device.server.answerAll();

        assertEquals(PlayerState.Phase.EMPTY, player.state().phase());
        assertNull(player.stored());
        String backup = device.keys.activeSession() + ".s-1";
        assertTrue(player.state().notice().contains("kept under " + backup + ".backup."), player.state().notice());
        assertTrue(device.storage.values.keySet().stream().anyMatch(k -> k.startsWith(backup)));
    }

    // Another device finished the workout with nothing done; this one, not knowing, completes two sets.
    private PlayerHarness finishedElsewhereThenCompleteTwoSets() {
        PlayerHarness.storeLocally(device, started);
        PlayerHarness player = new PlayerHarness(device).mount();
        device.server.answerAll();
        device.server.logged.put("s-1", started.finish(FakeTime.T0 + 60_000));
        device.server.closed.add("s-1");
        device.server.draft = null;
        device.time.advance(120_000);

        player.actions().completeSet(0, 0);
        player.actions().completeSet(0, 1);
        device.server.answerAll();
        return player;
    }

    private String lastPost() {
        FakeServer.Request last = device.server.requests("POST").get(device.server.requests("POST").size() - 1);
        return last.method() + " " + last.path();
    }
}
