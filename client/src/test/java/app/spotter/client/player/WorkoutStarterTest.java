package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutStarterTest {
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;
    private final LocalSessionStore store = new LocalSessionStore(device.storage, device.keys, device.time);
    private WorkoutSession askedAbout;
    private Runnable resume;
    private Runnable discardAndStart;
    private final WorkoutStarter starter = new WorkoutStarter(device.platform, device.keys, this::ask);

    private void ask(WorkoutSession inProgress, WorkoutTemplate wanted, Runnable onResume, Runnable onDiscard) {
        askedAbout = inProgress;
        resume = onResume;
        discardAndStart = onDiscard;
    }

    @Test
    void startFromTemplateOpensThePlayerWithEveryExercise() {
        starter.start(Fakes.pushDay());
        server.answerAll();
        assertEquals(List.of("/workouts/active"), device.visited);
        WorkoutSession session = store.load().session();
        assertEquals("t-push", session.templateId());
        assertEquals(2, session.exercises().size());
        assertEquals(3, session.setsPlanned());
        assertNull(askedAbout);
    }

    @Test
    void startingTheTemplateOfTheActiveSessionResumesIt() {
        WorkoutSession active = WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0).completeSet(0, 0, FakeTime.T0);
        store.save(active);
        starter.start(Fakes.pushDay());
        server.answerAll();
        assertNull(askedAbout);
        assertEquals(active, store.load().session());
        assertEquals(List.of("/workouts/active"), device.visited);
    }

    @Test
    void aDifferentTemplateAsksEvenWhenTheSessionIsOnlyOnTheServer() {
        WorkoutSession elsewhere = WorkoutSession.start(Fakes.pushDay(), "from-laptop", FakeTime.T0);
        server.draft = elsewhere;
        starter.start(Fakes.legDay());
        assertNull(askedAbout, "waits for the server's answer");
        server.answerAll();
        assertEquals(elsewhere, askedAbout);
        assertTrue(device.visited.isEmpty());
    }

    @Test
    void resumeOpensThePlayerWithTheExistingSessionUntouched() {
        WorkoutSession elsewhere = WorkoutSession.start(Fakes.pushDay(), "from-laptop", FakeTime.T0);
        server.draft = elsewhere;
        starter.start(Fakes.legDay());
        server.answerAll();
        resume.run();
        server.answerAll();
        assertEquals(List.of("/workouts/active"), device.visited);
        assertEquals(elsewhere, server.draft);
        assertNull(store.load().session(), "the player will hydrate it from the server");
    }

    @Test
    void discardAndStartNewRemovesTheOldDraftHereAndOnTheServer() {
        WorkoutSession old = WorkoutSession.start(Fakes.pushDay(), "old", FakeTime.T0);
        store.save(old);
        server.draft = old;
        starter.start(Fakes.legDay());
        server.answerAll();
        discardAndStart.run();
        WorkoutSession started = store.load().session();
        assertEquals("t-legs", started.templateId());
        assertFalse(started.sessionId().equals("old"));
        server.answerAll();
        assertNull(server.draft);
        assertTrue(server.closed.contains("old"));
        assertEquals(List.of("/workouts/active"), device.visited);

        PlayerHarness player = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals(started.sessionId(), player.session().sessionId());
        assertEquals(started.sessionId(), server.draft.sessionId());
    }

    @Test
    void theNewSessionWinsEvenIfTheOldDraftsDeleteArrivesLate() {
        WorkoutSession old = WorkoutSession.start(Fakes.pushDay(), "old", FakeTime.T0 + 600_000);
        server.draft = old;
        starter.start(Fakes.legDay());
        server.answerAll();
        server.down = true;
        discardAndStart.run();
        server.answerAll();
        server.down = false;
        assertEquals(old, server.draft, "the DELETE did not get through");

        PlayerHarness player = new PlayerHarness(device).mount();
        server.answerAll();
        assertEquals("t-legs", player.session().templateId(), "the discarded draft is never shown again");
        assertEquals(player.session().sessionId(), server.draft.sessionId());
        assertNull(player.state().conflictWith());
    }

    @Test
    void anUnreachableServerLeavesTheDecisionToThisDevice() {
        server.down = true;
        store.save(WorkoutSession.start(Fakes.pushDay(), "here", FakeTime.T0));
        starter.start(Fakes.legDay());
        server.answerAll();
        assertEquals("here", askedAbout.sessionId());

        Fakes fresh = new Fakes();
        fresh.server.down = true;
        new WorkoutStarter(fresh.platform, fresh.keys, this::ask).start(Fakes.legDay());
        fresh.server.answerAll();
        assertEquals(List.of("/workouts/active"), fresh.visited);
    }

    @Test
    void aFinishedWorkoutWaitingToBeSavedDoesNotBlockANewOne() {
        WorkoutSession finished = WorkoutSession.start(Fakes.pushDay(), "done", FakeTime.T0)
                .completeSet(0, 0, FakeTime.T0 + 1000).finish(FakeTime.T0 + 60_000);
        store.save(finished);
        server.down = true;
        starter.start(Fakes.legDay());
        server.answerAll();
        assertNull(askedAbout);
        assertEquals("t-legs", store.load().session().templateId());
        assertNotNull(new Outbox(device.storage, device.keys, device.time).all().get(0));
        server.down = false;
        new PlayerHarness(device).mount();
        server.answerAll();
        assertTrue(server.logged.containsKey("done"), "the outbox sends it when the server is back");
    }
}
