package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitWriterTest {
    @TempDir
    Path dir;
    private Jdbi check;
    private GroupCommitWriter writer;
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @BeforeEach
    void open() {
        SqliteConnections connections = new SqliteConnections(dir.resolve("w.db"));
        check = Jdbi.create(connections.perCall());
        check.useHandle(h -> {
            h.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)");
            h.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, parent TEXT REFERENCES parent (id)"
                    + " DEFERRABLE INITIALLY DEFERRED)");
        });
        writer = new GroupCommitWriter(connections::writer);
    }

    @AfterEach
    void close() {
        releaseFirst.countDown();
        writer.close();
    }

    @Test
    void aJobThatThrowsUndoesOnlyItsOwnWorkAndItsCallerGetsItsException() throws Exception {
        CompletableFuture<Void> first = holdTheWriter();
        IllegalArgumentException conflict = new IllegalArgumentException("409 conflict");
        CompletableFuture<Object> failing = inThread(() -> writer.write(h -> {
            insert(h, "b");
            throw conflict;
        }));
        CompletableFuture<Object> fine = inThread(() -> writer.write(h -> insert(h, "c")));
        await(() -> writer.queued() == 2);
        long before = writer.commits();
        releaseFirst.countDown();

        first.join();
        assertEquals(1, fine.join());
        Throwable thrown = assertThrows(Throwable.class, failing::join).getCause();
        assertSame(conflict, thrown);
        assertEquals(List.of("a", "c"), ids());
        assertEquals(before + 2, writer.commits(), "a alone, then b and c in one batch with one commit");
    }

    @Test
    void aFailedCommitFailsEveryJobOfTheBatch() {
        CompletableFuture<Void> first = holdTheWriter();
        // Checked at COMMIT only: the deferred foreign key fails the batch's commit, not the statement.
        CompletableFuture<Object> orphan = inThread(() -> writer.write(h -> h.execute(
                "INSERT INTO rows (id, parent) VALUES ('orphan', 'nobody')")));
        CompletableFuture<Object> innocent = inThread(() -> writer.write(h -> insert(h, "innocent")));
        await(() -> writer.queued() == 2);
        releaseFirst.countDown();

        first.join();
        assertThrows(Exception.class, orphan::join);
        assertThrows(Exception.class, innocent::join);
        assertEquals(List.of("a"), ids());
        assertEquals(Integer.valueOf(1), writer.<Integer>write(h -> insert(h, "after")), "the next batch commits as usual");
        assertEquals(List.of("a", "after"), ids());
    }

    @Test
    void concurrentWritersAreAllAcknowledgedAndAllReadable() {
        List<CompletableFuture<Object>> writers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            writers.add(inThread(() -> {
                for (int i = 0; i < 25; i++) {
                    String id = thread + "-" + (1000 + i);
                    writer.write(h -> insert(h, id));
                }
                return null;
            }));
        }
        writers.forEach(CompletableFuture::join);
        assertEquals(400, ids().size());
        assertTrue(writer.commits() <= 400);
    }

    @Test
    void closeRunsTheQueuedWritesBeforeItReturns() {
        CompletableFuture<Void> first = holdTheWriter();
        CompletableFuture<Object> queued = inThread(() -> writer.write(h -> insert(h, "queued")));
        await(() -> writer.queued() == 1);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(writer::close);
        releaseFirst.countDown();

        closing.join();
        first.join();
        assertEquals(1, queued.join());
        assertEquals(List.of("a", "queued"), ids());
        assertThrows(IllegalStateException.class, () -> writer.write(h -> insert(h, "late")));
    }

    @Test
    void aWriteFromInsideAWriteRunsInTheSameTransactionInsteadOfDeadlocking() {
        writer.write(h -> {
            insert(h, "outer");
            assertThrows(IllegalStateException.class, () -> writer.write(inner -> {
                insert(inner, "undone");
                throw new IllegalStateException("inner fails");
            }));
            return writer.write(inner -> insert(inner, "inner"));
        });
        assertEquals(List.of("inner", "outer"), ids());
    }

    @Test
    void anImportsNextBatchQueuesBehindTheSyncThatWaitedForItsLastOne() {
        AtomicBoolean syncSeenFirst = new AtomicBoolean();
        CompletableFuture<Object> importer = inThread(() -> {
            writer.write(h -> {
                firstStarted.countDown();
                awaitLatch(releaseFirst);
                return insert(h, "import-1");
            });
            return writer.write(h -> {
                syncSeenFirst.set(ids(h).contains("sync"));
                return insert(h, "import-2");
            });
        });
        awaitLatch(firstStarted);
        CompletableFuture<Object> sync = inThread(() -> writer.write(h -> insert(h, "sync")));
        await(() -> writer.queued() == 1);
        releaseFirst.countDown();

        importer.join();
        sync.join();
        assertTrue(syncSeenFirst.get(), "the sync was stored before the import's next batch ran");
        assertFalse(ids().isEmpty());
    }

    /** Starts a write of row a that holds the writer until {@link #releaseFirst}: the next writes queue up. */
    private CompletableFuture<Void> holdTheWriter() {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writer.write(h -> {
            firstStarted.countDown();
            awaitLatch(releaseFirst);
            return insert(h, "a");
        }));
        awaitLatch(firstStarted);
        return first;
    }

    private static int insert(Handle h, String id) {
        return h.createUpdate("INSERT INTO rows (id) VALUES (:id)").bind("id", id).execute();
    }

    private List<String> ids() {
        return check.withHandle(GroupCommitWriterTest::ids);
    }

    private static List<String> ids(Handle h) {
        return h.createQuery("SELECT id FROM rows ORDER BY id").mapTo(String.class).list();
    }

    private static <T> CompletableFuture<T> inThread(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        thread.start();
        return result;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
