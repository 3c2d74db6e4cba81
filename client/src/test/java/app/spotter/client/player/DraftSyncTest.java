package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftSyncTest {
    private final Fakes device = new Fakes();
    private final FakeServer server = device.server;
    private final List<SyncStatus> statuses = new ArrayList<>();
    private final Set<String> settledHere = new HashSet<>();
    private WorkoutSession conflictWith;
    private WorkoutSession serverCopy;
    private boolean gone;
    private final DraftSync sync = new DraftSync(new DraftApi(server, device.serverClock), device.time, device.time,
            settledHere::contains, new DraftSync.Listener() {
                @Override
                public void statusChanged(SyncStatus status) {
                    statuses.add(status);
                }

                @Override
                public void serverCopy(WorkoutSession merged) {
                    serverCopy = merged;
                }

                @Override
                public void conflict(WorkoutSession other) {
                    conflictWith = other;
                }

                @Override
                public void gone(WorkoutSession logged) {
                    gone = true;
                }
            });
    private WorkoutSession session = WorkoutSession.start(Fakes.pushDay(), "s-1", FakeTime.T0);

    @Test
    void heartbeatSyncsAfterThirtySeconds() {
        sync.start(session);
        session = session.editSet(0, 0, 9, 60, device.time.now());
        sync.changed(session);
        device.time.advance(29_000);
        assertEquals(0, server.requests("PUT").size(), "nothing before 30 s");
        device.time.advance(1000);
        assertEquals(1, server.requests("PUT").size());
        server.answerAll();
        assertEquals(session, server.draft);
        assertEquals(SyncStatus.SYNCED, last());
    }

    @Test
    void heartbeatRepeatsThirtySecondsAfterTheLastSync() {
        sync.start(session);
        device.time.advance(10_000);
        sync.syncDraftSession(session);
        server.answerAll();
        device.time.advance(29_000);
        assertEquals(1, server.requests("PUT").size(), "the sync at 10 s restarted the 30 s");
        device.time.advance(1000);
        assertEquals(2, server.requests("PUT").size());
    }

    @Test
    void syncDraftSessionSendsAtOnce() {
        sync.start(session);
        session = session.completeSet(0, 0, device.time.now());
        sync.syncDraftSession(session);
        assertEquals(1, server.requests("PUT").size());
        assertEquals(SyncStatus.SAVING, last());
        server.answerAll();
        assertTrue(server.draft.set(0, 0).done());
    }

    @Test
    void oneRequestIsInFlightAndAsksCoalesceIntoTheNewestState() {
        sync.start(session);
        WorkoutSession first = session.completeSet(0, 0, FakeTime.T0 + 1);
        WorkoutSession second = first.completeSet(0, 1, FakeTime.T0 + 2);
        WorkoutSession third = second.completeSet(1, 0, FakeTime.T0 + 3);
        sync.syncDraftSession(first);
        sync.syncDraftSession(second);
        sync.syncDraftSession(third);
        assertEquals(1, server.requests("PUT").size(), "the others wait for the answer");
        server.answerOne();
        assertEquals(2, server.requests("PUT").size(), "then one request carries the newest state");
        assertEquals(third, SessionCodec.read(server.requests("PUT").get(1).body()));
        server.answerAll();
        assertEquals(2, server.requests("PUT").size());
        assertEquals(third, server.draft);
    }

    @Test
    void failuresAreRetriedAndShownAsOfflineNeverDropped() {
        sync.start(session);
        server.down = true;
        sync.syncDraftSession(session.completeSet(0, 0, FakeTime.T0));
        server.answerAll();
        assertEquals(SyncStatus.OFFLINE, last());
        device.time.advance(2000);
        server.answerAll();
        assertEquals(2, server.requests("PUT").size(), "retried after a short pause");
        server.down = false;
        device.time.advance(5000);
        server.answerAll();
        assertEquals(SyncStatus.SYNCED, last());
        assertTrue(server.draft.set(0, 0).done());
    }

    @Test
    void theServersMergedCopyIsHandedBack() {
        WorkoutSession otherDevice = session.completeSet(1, 0, FakeTime.T0 + 500);
        server.draft = otherDevice;
        sync.syncDraftSession(session.completeSet(0, 0, FakeTime.T0 + 600));
        server.answerAll();
        assertTrue(serverCopy.set(1, 0).done(), "the other device's set comes back");
        assertTrue(serverCopy.set(0, 0).done());
    }

    @Test
    void aConflictWithASessionDiscardedHereReplacesItWithoutAsking() {
        server.draft = WorkoutSession.start(Fakes.legDay(), "old", FakeTime.T0 - 60_000);
        settledHere.add("old");
        sync.syncDraftSession(session);
        server.answerAll();
        assertNull(conflictWith);
        assertEquals("s-1", server.draft.sessionId());
        assertTrue(server.requests("PUT").get(1).path().endsWith("?replace=true"));
    }

    @Test
    void aConflictWithAnUnknownSessionWaitsForTheUsersChoice() {
        WorkoutSession other = WorkoutSession.start(Fakes.legDay(), "other", FakeTime.T0 - 60_000);
        server.draft = other;
        sync.syncDraftSession(session);
        server.answerAll();
        assertEquals(other, conflictWith);
        device.time.advance(60_000);
        assertEquals(1, server.requests("PUT").size(), "no heartbeat while the user decides");
        sync.replaceServerDraft(session);
        server.answerAll();
        assertEquals("s-1", server.draft.sessionId());
    }

    @Test
    void aSessionFinishedElsewhereStopsSyncing() {
        server.closed.add("s-1");
        sync.syncDraftSession(session);
        server.answerAll();
        assertTrue(gone);
        device.time.advance(120_000);
        assertEquals(1, server.requests("PUT").size());
        assertEquals(0, device.time.activeTimers());
    }

    @Test
    void stoppingIgnoresTheAnswerUnderWay() {
        sync.syncDraftSession(session);
        sync.stop();
        server.answerAll();
        assertNull(serverCopy);
        assertSame(SyncStatus.SAVING, last());
        assertEquals(0, device.time.activeTimers());
    }

    private SyncStatus last() {
        return statuses.get(statuses.size() - 1);
    }
}
