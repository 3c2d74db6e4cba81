package app.spotter.server.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.server.workouts.Tombstones;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syncs that change nothing are answered from a read, beside a busy writer; the others still go through it. */
class DraftStoreTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String USER = "u1";

    @TempDir
    Path dir;
    private Database db;
    private DraftStore store;
    private final CountDownLatch writerHeld = new CountDownLatch(1);
    private final CountDownLatch releaseWriter = new CountDownLatch(1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("drafts.db"));
        store = new DraftStore(db, () -> T0);
    }

    @AfterEach
    void close() {
        releaseWriter.countDown();
        db.close();
    }

    @Test
    void aSyncThatAddsNothingIsAnsweredWhileTheWriterIsBusy() throws Exception {
        Workout draft = draft();
        assertEquals(1, merged(store.sync(USER, draft, 0, false)).revision());
        holdTheWriter();
        // Waits for the writer were it queued behind it: the timeout, not the answer, would end the wait.
        DraftStore.SyncResult.Merged again = merged(CompletableFuture.supplyAsync(
                () -> store.sync(USER, draft, 1, false)).get(20, TimeUnit.SECONDS));
        assertEquals(1, again.revision());
        assertFalse(again.sendBack(), "the device had merged revision 1 and sent all of it");
        assertEquals(draft, again.draft());
        DraftStore.SyncResult.Merged behind = merged(CompletableFuture.supplyAsync(
                () -> store.sync(USER, draft, 0, false)).get(20, TimeUnit.SECONDS));
        assertTrue(behind.sendBack(), "the device had not merged revision 1: the stored copy goes back");
    }

    @Test
    void aSyncThatAddsSomethingWaitsForTheWriterAndCountsARevision() throws Exception {
        Workout draft = draft();
        store.sync(USER, draft, 0, false);
        Workout more = SetEdits.completeSet(draft, "e0", "e0.s1", new Stamp(T0 + 2000, 0, "a"), T0 + 2000);
        holdTheWriter();
        CompletableFuture<DraftStore.SyncResult> later = CompletableFuture.supplyAsync(
                () -> store.sync(USER, more, 1, false));
        releaseWriter.countDown();
        DraftStore.SyncResult.Merged stored = merged(later.get(20, TimeUnit.SECONDS));
        assertEquals(2, stored.revision());
        assertEquals(more, store.current(USER).orElseThrow().draft());
        assertEquals(2, merged(store.sync(USER, more, 2, false)).revision(), "the new text is parsed, not the old");
    }

    @Test
    void aSyncThatStoresTheDraftHandsBackTheStoredTextForTheAnswer() {
        Workout draft = draft();
        DraftStore.SyncResult.Merged first = merged(store.sync(USER, draft, 0, false));
        assertEquals(storedBody(), first.draftJson());
        Workout more = SetEdits.completeSet(draft, "e0", "e0.s1", new Stamp(T0 + 2000, 0, "a"), T0 + 2000);
        DraftStore.SyncResult.Merged second = merged(store.sync(USER, more, 0, false));
        assertEquals(storedBody(), second.draftJson());
        assertEquals(WorkoutCodec.write(second.draft()), second.json());
        DraftStore.SyncResult.Merged unchanged = merged(store.sync(USER, more, 0, false));
        assertEquals(WorkoutCodec.write(more), unchanged.json(), "nothing stored: the answer writes the draft");
    }

    @Test
    void aSyncThatAddsSomethingGoesToTheWriterWithoutReadingFirst() throws Exception {
        Workout draft = draft();
        store.sync(USER, draft, 0, false);
        Workout more = SetEdits.completeSet(draft, "e0", "e0.s1", new Stamp(T0 + 2000, 0, "a"), T0 + 2000);
        CountDownLatch readersHeld = new CountDownLatch(db.readConnections());
        CountDownLatch releaseReaders = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(db.readConnections());
        for (int i = 0; i < db.readConnections(); i++) {
            CompletableFuture.runAsync(() -> db.read(h -> {
                readersHeld.countDown();
                try {
                    releaseReaders.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), readers);
        }
        readersHeld.await();
        try {
            // Would wait for a read connection were it read first: the timeout, not the answer, would end the wait.
            DraftStore.SyncResult.Merged stored = merged(CompletableFuture.supplyAsync(
                    () -> store.sync(USER, more, 1, false)).get(5, TimeUnit.SECONDS));
            assertEquals(2, stored.revision());
        } finally {
            releaseReaders.countDown();
            readers.shutdown();
        }
    }

    @Test
    void anEndedSessionIsNotAnsweredAsMergedEvenWhenNothingChanged() {
        Workout draft = draft();
        store.sync(USER, draft, 0, false);
        db.write(h -> {
            Tombstones.mark(h, USER, draft.sessionId(), Tombstones.DISCARDED, T0);
            return null;
        });
        assertInstanceOf(DraftStore.SyncResult.Ended.class, store.sync(USER, draft, 1, false));
    }

    private String storedBody() {
        return db.read(h -> h.createQuery("SELECT body FROM session_draft WHERE user_id = :user").bind("user", USER)
                .mapTo(String.class).one());
    }

    private void holdTheWriter() throws InterruptedException {
        CompletableFuture.runAsync(() -> db.write(h -> {
            writerHeld.countDown();
            try {
                releaseWriter.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        writerHeld.await();
    }

    private static DraftStore.SyncResult.Merged merged(DraftStore.SyncResult result) {
        return assertInstanceOf(DraftStore.SyncResult.Merged.class, result);
    }

    private static Workout draft() {
        return SetEdits.completeSet(SessionEdits.start(StarterTemplates.all().get(1), "s1", new Stamp(T0, 0, "a"),
                T0), "e0", "e0.s0", new Stamp(T0 + 1000, 0, "a"), T0 + 1000);
    }
}
