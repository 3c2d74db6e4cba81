package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.api.ServerClock;
import app.spotter.client.platform.MemoryStorage;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutSyncTest {
    private final FakeTime time = new FakeTime();
    private final FakeWorkoutServer server = new FakeWorkoutServer(time);

    /** One device: its sync, and the document it shows (server copies merged in as the player does). */
    private final class Device implements WorkoutSync.Listener {
        final StampSource stamps;
        final WorkoutSync sync;
        final List<SyncStatus> statuses = new ArrayList<>();
        Workout shown;
        Workout conflict;
        String goneReason;

        Device(String node, long clockAhead) {
            ServerClock clock = new ServerClock(() -> time.now() + clockAhead, new MemoryStorage());
            stamps = new StampSource(node, clock);
            sync = new WorkoutSync(new WorkoutDraftApi(server, clock), time, time, id -> false, this);
        }

        void change(Workout next, boolean now) {
            shown = next;
            if (now) {
                sync.syncNow(next);
            } else {
                sync.changed(next);
            }
        }

        @Override
        public void statusChanged(SyncStatus status) {
            statuses.add(status);
        }

        @Override
        public void serverCopy(Workout merged) {
            stamps.saw(merged);
            shown = WorkoutMerge.merge(shown, merged);
            sync.changed(shown);
        }

        @Override
        public void conflict(Workout other) {
            conflict = other;
        }

        @Override
        public void gone(Workout logged, String reason) {
            goneReason = reason;
        }
    }

    private static Workout started(StampSource stamps, String id, int exercises, int sets) {
        return SessionEdits.start(DeltaTrackerTest.grid(exercises, sets), id, stamps.next(), FakeTime.T0);
    }

    private static String set(Workout w, int exercise, int set) {
        return w.exercise(exercise(w, exercise)).visibleSets().get(set).id();
    }

    private static String exercise(Workout w, int exercise) {
        return w.visibleExercises().get(exercise).id();
    }

    @Test
    void theFirstSyncSendsTheWholeDocumentThenOnlyWhatChanged() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 8, 4), true);
        server.answerAll();
        String whole = server.puts().get(0).body();
        assertFalse(whole.contains("\"partial\""));
        assertTrue(server.puts().get(0).path().contains("baseRevision=0"));

        Workout w = phone.shown;
        phone.change(SetEdits.completeSet(w, exercise(w, 2), set(w, 2, 1), phone.stamps.next(), time.now()), true);
        server.answerAll();
        String delta = server.puts().get(1).body();
        assertTrue(delta.contains("\"partial\":true"));
        assertTrue(server.puts().get(1).path().contains("baseRevision=1"));
        assertTrue(delta.length() * 5 < whole.length(), delta.length() + " vs " + whole.length());
        assertEquals(phone.shown, server.draft);
    }

    @Test
    void aSetCompletionCostsTheSameOnAnEightByFourAndAFortyByTenSession() {
        int[] sizes = new int[2];
        int[][] grids = {{8, 4}, {40, 10}};
        for (int g = 0; g < 2; g++) {
            FakeWorkoutServer own = new FakeWorkoutServer(time);
            ServerClock clock = new ServerClock(time, new MemoryStorage());
            StampSource stamps = new StampSource("phone", clock);
            WorkoutSync sync = new WorkoutSync(new WorkoutDraftApi(own, clock), time, time, id -> false,
                    new Device("unused", 0));
            Workout w = started(stamps, "s-" + g, grids[g][0], grids[g][1]);
            sync.syncNow(w);
            own.answerAll();
            sync.syncNow(SetEdits.completeSet(w, exercise(w, 5), set(w, 5, 2), stamps.next(), time.now()));
            own.answerAll();
            sizes[g] = own.puts().get(1).body().length();
        }
        assertTrue(Math.abs(sizes[0] - sizes[1]) <= 4, "8 x 4: " + sizes[0] + " chars, 40 x 10: " + sizes[1]);
    }

    @Test
    void a412ResendsTheWholeDocumentAtOnce() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 2, 2), true);
        server.answerAll();
        server.draft = null;
        Workout w = phone.shown;
        phone.change(SetEdits.completeSet(w, exercise(w, 0), set(w, 0, 0), phone.stamps.next(), time.now()), true);
        server.answerAll();
        assertEquals(3, server.puts().size());
        assertFalse(server.puts().get(2).body().contains("\"partial\""));
        assertEquals(phone.shown, server.draft, "nothing lost");
        assertEquals(SyncStatus.SYNCED, phone.statuses.get(phone.statuses.size() - 1));
    }

    @Test
    void anAnswerWithoutARevisionIsAFailureRetriedNotRevisionZero() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 2, 2), true);
        server.answerAll();
        Workout w = phone.shown;
        server.syncAnswer = "{\"serverTime\":" + server.serverNow() + "}";
        phone.change(SetEdits.completeSet(w, exercise(w, 0), set(w, 0, 0), phone.stamps.next(), time.now()), true);
        server.answerAll();
        assertEquals(SyncStatus.OFFLINE, phone.statuses.get(phone.statuses.size() - 1));
        server.syncAnswer = null;
        time.advance(2000);
        server.answerAll();
        assertEquals(3, server.puts().size());
        assertTrue(server.puts().get(2).path().contains("baseRevision=1"), "the broken answer acknowledged nothing");
        assertTrue(server.puts().get(2).body().contains("\"partial\":true"));
        assertEquals(phone.shown, server.draft);
        assertEquals(SyncStatus.SYNCED, phone.statuses.get(phone.statuses.size() - 1));
    }

    @Test
    void failedSyncsAreRetriedOnTheDraftSyncBackoffAndStartAgainFromTheFirstPauseAfterASuccess() {
        Device phone = new Device("phone", 0);
        server.down = true;
        phone.change(started(phone.stamps, "s-1", 2, 2), true);
        server.answerAll();
        assertEquals(1, server.puts().size());

        time.advance(Backoff.DRAFT_SYNC.pauseAfter(1) - 1);
        assertEquals(1, server.puts().size(), "not before the first pause");
        time.advance(1);
        server.answerAll();
        assertEquals(2, server.puts().size());
        time.advance(Backoff.DRAFT_SYNC.pauseAfter(2) - 1);
        assertEquals(2, server.puts().size(), "the second pause is twice the first");
        server.down = false;
        time.advance(1);
        server.answerAll();
        assertEquals(3, server.puts().size());
        assertEquals(SyncStatus.SYNCED, phone.statuses.get(phone.statuses.size() - 1));

        server.down = true;
        Workout w = phone.shown;
        phone.change(SetEdits.completeSet(w, exercise(w, 0), set(w, 0, 0), phone.stamps.next(), time.now()), true);
        server.answerAll();
        time.advance(Backoff.DRAFT_SYNC.pauseAfter(1));
        assertEquals(5, server.puts().size(), "a success starts the pauses again from the first");
    }

    @Test
    void anEditWhileARequestIsInFlightGoesRightAfterIt() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 2, 2), true);
        Workout w = phone.shown;
        phone.change(SetEdits.completeSet(w, exercise(w, 0), set(w, 0, 0), phone.stamps.next(), time.now()), true);
        assertEquals(1, server.puts().size(), "one request in flight at a time");
        server.answerAll();
        assertEquals(2, server.puts().size());
        assertEquals(phone.shown, server.draft);
    }

    @Test
    void theHeartbeatCarriesOtherChangesEveryThirtySeconds() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 2, 2), true);
        server.answerAll();
        Workout w = phone.shown;
        phone.change(SetEdits.setReps(w, exercise(w, 1), set(w, 1, 1), 11, phone.stamps.next()), false);
        time.advance(29_000);
        assertEquals(1, server.puts().size());
        time.advance(1000);
        assertEquals(2, server.puts().size());
        server.answerAll();
        assertEquals(11, server.draft.exercise(exercise(w, 1)).set(set(w, 1, 1)).repsValue());
    }

    @Test
    void theFastDevicesEditAndTheOtherDevicesCompletionBothSurvive() {
        // Issue 10's first scenario: the fast window edits set 3's reps, the other then marks set 3 done.
        Device fast = new Device("fast", 5 * 60_000);
        Device right = new Device("right", 0);
        right.change(started(right.stamps, "s-1", 1, 3), true);
        server.answerAll();
        fast.shown = server.draft;
        fast.stamps.saw(server.draft);
        fast.sync.start(server.draft);
        Workout w = fast.shown;
        fast.change(SetEdits.setReps(w, exercise(w, 0), set(w, 0, 2), 6, fast.stamps.next()), true);
        server.answerAll();
        Workout r = right.shown;
        right.change(SetEdits.completeSet(r, exercise(r, 0), set(r, 0, 2), right.stamps.next(), time.now()), true);
        server.answerAll();
        fast.sync.syncNow(fast.shown);
        server.answerAll();
        right.sync.syncNow(right.shown);
        server.answerAll();

        for (Workout copy : List.of(fast.shown, right.shown, server.draft)) {
            assertTrue(copy.exercise(exercise(w, 0)).set(set(w, 0, 2)).isDone(), "set 3 done everywhere");
            assertEquals(6, copy.exercise(exercise(w, 0)).set(set(w, 0, 2)).repsValue());
        }
        assertEquals(fast.shown, right.shown);
    }

    @Test
    void aDifferentActiveSessionWaitsForTheUsersChoice() {
        Device laptop = new Device("laptop", 0);
        laptop.change(started(laptop.stamps, "s-laptop", 1, 1), true);
        server.answerAll();
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-phone", 1, 1), true);
        server.answerAll();
        assertEquals("s-laptop", phone.conflict.sessionId());
        phone.sync.replaceServerDraft(phone.shown);
        server.answerAll();
        assertEquals("s-phone", server.draft.sessionId());
        assertTrue(server.puts().get(server.puts().size() - 1).path().contains("replace=true"));
    }

    @Test
    void aDiscardedSessionStopsTheSyncWithTheReason() {
        Device phone = new Device("phone", 0);
        phone.change(started(phone.stamps, "s-1", 1, 1), true);
        server.answerAll();
        server.tombstones.put("s-1", "discarded");
        phone.sync.syncNow(phone.shown);
        server.answerAll();
        assertEquals("discarded", phone.goneReason);
        time.advance(60_000);
        assertEquals(2, server.puts().size(), "no heartbeat after 410");
        assertNull(phone.conflict);
    }
}
