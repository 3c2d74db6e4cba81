package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finished workouts waiting on the device go up at start-up, when the connection is back, and with backoff. */
class OutboxRetryTest {
    private final WorkoutDevice device = new WorkoutDevice();
    private final WorkoutOutbox outbox = device.outbox();
    private final List<Runnable> onlineListeners = new ArrayList<>();
    private final Workout finished = WorkoutDevice.finished(WorkoutDevice.pushStarted("s-1", FakeTime.T0),
            FakeTime.T0 + 60_000);

    @Test
    void aWaitingWorkoutGoesUpWhenTheAppLoadsWhateverTheScreen() {
        outbox.add(finished);

        start();
        device.server.answerAll();

        assertEquals(1, device.server.requests("POST").size());
        assertTrue(device.server.logged.containsKey("s-1"));
        assertTrue(outbox.all().isEmpty());
    }

    @Test
    void anEmptyOutboxSendsNothing() {
        start();
        device.time.advance(600_000);

        assertTrue(device.server.requests.isEmpty());
    }

    @Test
    void failuresAreRetriedWithGrowingPausesUntilAcknowledged() {
        outbox.add(finished);
        device.server.down = true;
        start();
        device.server.answerAll();
        assertEquals(1, posts());

        device.time.advance(Backoff.OUTBOX.pauseAfter(1) - 1);
        assertEquals(1, posts(), "not before the first pause");
        device.time.advance(1);
        device.server.answerAll();
        assertEquals(2, posts());

        device.time.advance(Backoff.OUTBOX.pauseAfter(2) - 1);
        assertEquals(2, posts(), "the second pause is longer");
        device.server.down = false;
        device.time.advance(1);
        device.server.answerAll();

        assertEquals(3, posts());
        assertEquals(List.of(), outbox.all());
        device.time.advance(600_000);
        assertEquals(3, posts(), "nothing more once the server has it");
    }

    @Test
    void theOnlineEventSendsAtOnceAndStartsThePausesAgain() {
        outbox.add(finished);
        device.server.down = true;
        start();
        device.server.answerAll();
        device.time.advance(Backoff.OUTBOX.pauseAfter(1));
        device.server.answerAll();
        assertEquals(2, posts());

        device.server.down = false;
        onlineListeners.forEach(Runnable::run);
        device.server.answerAll();

        assertEquals(3, posts());
        assertFalse(outbox.contains("s-1"));
        device.time.advance(600_000);
        assertEquals(3, posts(), "the pending retry was cancelled");
    }

    @Test
    void aRetryOfAWorkoutTheServerAlreadyHasIsAcknowledgedOnce() {
        device.server.logged.put("s-1", finished);
        outbox.add(finished);

        start();
        device.server.answerAll();

        assertEquals(1, device.server.logged.size());
        assertFalse(outbox.contains("s-1"));
    }

    @Test
    void aStoppedRetrySendsNothingMoreSoAnotherUsersSignInNeverCarriesThisUsersWorkouts() {
        outbox.add(finished);
        device.server.down = true;
        OutboxRetry retry = OutboxRetry.start(device.platform, device.keys, onlineListeners::add);
        device.server.answerAll();
        retry.stop();
        device.server.down = false;
        device.time.advance(Backoff.OUTBOX.longest());
        onlineListeners.forEach(Runnable::run);
        device.server.answerAll();

        assertEquals(1, posts(), "only the attempt made before the stop");
        assertTrue(outbox.contains("s-1"), "the workout waits for its own user");
    }

    @Test
    void aDiscardWhoseDeleteThePageNeverSawAnsweredGoesWhenTheAppStartsOnAnyScreen() {
        device.server.draft = WorkoutDevice.pushStarted("s-2", device.time.now());
        new PendingDiscards(device.storage, device.keys, device.time).discard("s-2", (id, done) -> { });
        start();
        device.server.answerAll();

        assertNull(device.server.draft, "the server's draft of the discarded workout is gone");
        assertEquals("discarded", device.server.tombstones.get("s-2"));
        assertEquals(0, new PendingDiscards(device.storage, device.keys, device.time).all().size(), "confirmed");
    }

    @Test
    void aWorkoutDeletedElsewhereStaysForTheUserAndIsNotRetriedByItself() {
        device.server.tombstones.put("s-1", "deleted");
        outbox.add(finished);
        start();
        device.server.answerAll();
        device.time.advance(600_000);
        device.server.answerAll();

        assertEquals(1, posts(), "a 410 is the user's to decide, never a reason to retry");
        assertTrue(outbox.contains("s-1"));
        assertTrue(device.server.logged.isEmpty());
    }

    @Test
    void anUploadTellsItsListenersOnceTheWorkoutHasLeftTheOutboxButAFailureDoesNot() {
        outbox.add(finished);
        device.server.down = true;
        OutboxRetry retry = OutboxRetry.start(device.platform, device.keys, onlineListeners::add);
        List<Boolean> stillWaiting = new ArrayList<>();
        retry.onUploaded(() -> stillWaiting.add(outbox.contains("s-1")));
        device.server.answerAll();
        assertEquals(List.of(), stillWaiting, "a failed attempt uploaded nothing");

        device.server.down = false;
        device.time.advance(Backoff.OUTBOX.pauseAfter(1));
        device.server.answerAll();

        assertEquals(List.of(false), stillWaiting, "told once, after the entry left the outbox");
    }

    @Test
    void anEditsUploadTellsTheListenersAfterTheScreenThatSavedIt() {
        OutboxRetry retry = OutboxRetry.of(device.platform, device.keys);
        List<String> heard = new ArrayList<>();
        retry.onUploaded(() -> heard.add("listener"));
        outbox.add(finished);
        retry.send(finished, result -> heard.add("saver " + result.outcome()));
        device.server.answerAll();

        assertEquals(List.of("saver SAVED", "listener"), heard);
    }

    @Test
    void aRemovedListenerAndTheListenersOfAStoppedSenderAreNotTold() {
        outbox.add(finished);
        OutboxRetry retry = OutboxRetry.start(device.platform, device.keys, onlineListeners::add);
        int[] told = new int[2];
        retry.onUploaded(() -> told[0]++).run();
        retry.onUploaded(() -> told[1]++);
        retry.stop();
        device.server.answerAll();

        assertTrue(device.server.logged.containsKey("s-1"), "the request sent before the stop was answered");
        assertEquals(0, told[0], "removed before the upload");
        assertEquals(0, told[1], "the answer came after the stop");
    }

    private void start() {
        OutboxRetry.start(device.platform, device.keys, onlineListeners::add);
    }

    private int posts() {
        return device.server.requests("POST").size();
    }
}
