package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutStarterTest {
    private final WorkoutDevice device = new WorkoutDevice();
    private final FakeWorkoutServer server = device.server;
    private final WorkoutStore store = device.store();
    private Workout askedAbout;
    private Runnable resume;
    private Runnable discardAndStart;
    private final WorkoutStarter starter = new WorkoutStarter(device.platform, device.keys, this::ask);

    private void ask(Workout inProgress, String wanted, Runnable onResume, Runnable onDiscard) {
        askedAbout = inProgress;
        resume = onResume;
        discardAndStart = onDiscard;
    }

    private static Workout started(String id) {
        return SessionEdits.start(WorkoutDevice.pushDay(), id, new Stamp(FakeTime.T0, 0, "laptop"), FakeTime.T0);
    }

    @Test
    void startFromTemplateStoresAModelTwoWorkoutAndOpensThePlayer() {
        starter.start(WorkoutDevice.pushDay());
        server.answerAll();
        assertEquals(List.of("/workouts/active"), device.visited);
        Workout workout = store.load().workout();
        assertEquals("t-push", workout.templateId());
        assertEquals(2, workout.visibleExercises().size());
        assertEquals(3, workout.setsPlanned());
        assertEquals(FakeTime.T0, workout.startedAt());
        assertNull(askedAbout);
    }

    @Test
    void startEmptyStoresAWorkoutWithNoExercises() {
        starter.startEmpty();
        server.answerAll();
        Workout workout = store.load().workout();
        assertEquals("", workout.templateId());
        assertEquals(WorkoutStarter.EMPTY_NAME, workout.nameValue());
        assertTrue(workout.visibleExercises().isEmpty());
        assertEquals(List.of("/workouts/active"), device.visited);
    }

    @Test
    void startingTheTemplateOfTheActiveWorkoutResumesIt() {
        Workout active = started("s-1");
        store.save(active, null, 0);
        starter.start(WorkoutDevice.pushDay());
        server.answerAll();
        assertNull(askedAbout);
        assertEquals(active, store.load().workout());
        assertEquals(List.of("/workouts/active"), device.visited);
    }

    @Test
    void aDifferentTemplateAsksEvenWhenTheWorkoutIsOnlyOnTheServer() {
        Workout elsewhere = started("from-laptop");
        server.draft = elsewhere;
        starter.start(WorkoutDevice.legDay());
        assertNull(askedAbout, "waits for the server's answer");
        server.answerAll();
        assertEquals(elsewhere, askedAbout);
        assertTrue(device.visited.isEmpty());
        resume.run();
        assertEquals(List.of("/workouts/active"), device.visited);
        assertEquals(elsewhere, server.draft, "resume leaves it untouched");
    }

    @Test
    void startEmptyAsksWhenAWorkoutIsInProgress() {
        store.save(started("here"), null, 0);
        starter.startEmpty();
        server.answerAll();
        assertEquals("here", askedAbout.sessionId());
    }

    @Test
    void discardAndStartNewRemovesTheOldDraftHereAndOnTheServer() {
        Workout old = started("old");
        store.save(old, null, 0);
        server.draft = old;
        starter.start(WorkoutDevice.legDay());
        server.answerAll();
        discardAndStart.run();
        Workout fresh = store.load().workout();
        assertEquals("t-legs", fresh.templateId());
        assertFalse(fresh.sessionId().equals("old"));
        server.answerAll();
        assertNull(server.draft);
        assertEquals("discarded", server.tombstones.get("old"));
        assertFalse(new PendingDiscards(device.storage, device.keys, device.time).contains("old"));
    }

    @Test
    void anUnreachableServerLeavesTheDecisionToThisDevice() {
        server.down = true;
        store.save(started("here"), null, 0);
        starter.start(WorkoutDevice.legDay());
        server.answerAll();
        assertEquals("here", askedAbout.sessionId());
    }

    @Test
    void aFinishedWorkoutWaitingToBeLoggedGoesToTheOutboxAndDoesNotBlockANewOne() {
        Workout done = started("done");
        String e = done.visibleExercises().get(0).id();
        done = SetEdits.completeSet(done, e, done.exercise(e).visibleSets().get(0).id(),
                new Stamp(FakeTime.T0 + 1000, 0, "laptop"), FakeTime.T0 + 1000);
        Workout finished = SessionEdits.finish(done, new Stamp(FakeTime.T0 + 2000, 0, "laptop"), FakeTime.T0 + 60_000);
        store.save(finished, null, 0);
        server.down = true;
        starter.start(WorkoutDevice.legDay());
        server.answerAll();
        assertNull(askedAbout);
        assertEquals("t-legs", store.load().workout().templateId());
        assertEquals("done", device.outbox().all().get(0).sessionId());
    }
}
