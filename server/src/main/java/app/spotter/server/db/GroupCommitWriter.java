package app.spotter.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite's one writer: a thread that owns the one write connection, takes the write jobs waiting in its queue and
 * runs them as one transaction with one commit (one fsync at {@code synchronous=FULL}), each job inside its own
 * SAVEPOINT so a job that throws undoes only its own work. A caller is answered only after the COMMIT that holds
 * its write succeeded; when the batch's BEGIN or COMMIT fails, every job of the batch gets that failure.
 *
 * <p>The queue is first come, first served: an import that writes many batches queues each one behind the syncs
 * that arrived while its previous one ran, so it cannot starve them. A write made from inside a write callback runs
 * at once in the caller's transaction (queued, it would wait for itself).
 */
final class GroupCommitWriter implements AutoCloseable {
    /** Jobs in one transaction at most: bounds how long the first of them waits for the commit. */
    static final int MAX_BATCH = 64;

    private final Supplier<Connection> connect;
    private final LinkedBlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    // Taken to enqueue and to close: a job is either queued before the stop marker or refused.
    private final ReentrantLock admission = new ReentrantLock();
    private final Thread thread;
    private boolean closed;
    private Connection connection;
    private Jdbi jdbi;
    // The handle of the batch running now; read only by the writer thread (a nested write runs on it).
    private Handle current;
    private final AtomicLong commits = new AtomicLong();

    /** {@code connect} opens the write connection (again, should a failure leave it unusable). */
    GroupCommitWriter(Supplier<Connection> connect) {
        this.connect = connect;
        this.thread = new Thread(this::drain, "spotter-db-writer");
        // A daemon, so a tool that forgets close() still exits; a batch cut off by the exit is not committed and its
        // callers, in the same JVM, were never answered. Main's shutdown hook closes the database, which drains.
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code callback} in the next batch and returns (or throws) what it did once that batch committed. */
    <R> R write(HandleCallback<R, RuntimeException> callback) {
        if (Thread.currentThread() == thread) {
            // A write from inside a write callback: queueing it would wait for the batch it runs in, a deadlock.
            return nested(current, callback);
        }
        Job<R> job = new Job<>(callback);
        admission.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the database is closed: the write was not run");
            }
            queue.add(job);
        } finally {
            admission.unlock();
        }
        return job.awaitCommit();
    }

    private void drain() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            Job<?> first;
            try {
                first = queue.take();
            } catch (InterruptedException e) {
                continue; // Only close() ends the writer, through the stop marker, so no queued job is dropped.
            }
            if (first == Job.STOP) {
                break;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(Job.STOP);
            runBatch(batch);
            batch.clear();
            if (stop) {
                break;
            }
        }
        closeConnection();
    }

    private void runBatch(List<Job<?>> batch) {
        try {
            commit(batch);
        } catch (RuntimeException | Error e) {
            // Nothing of this batch is stored: each caller learns it, none is told its write is safe. The next
            // batch starts on a new connection, in case this one is what failed.
            closeConnection();
            for (Job<?> job : batch) {
                job.fail(e);
            }
            return;
        }
        for (Job<?> job : batch) {
            job.answer();
        }
    }

    private void commit(List<Job<?>> batch) {
        Handle h = handle();
        try {
            h.execute("BEGIN IMMEDIATE");
            current = h;
            for (Job<?> job : batch) {
                runInSavepoint(h, job);
            }
            h.execute("COMMIT");
            commits.incrementAndGet();
        } catch (RuntimeException | Error e) {
            rollbackQuietly(h);
            throw e;
        } finally {
            current = null;
            closeQuietly(h);
        }
    }

    private static void runInSavepoint(Handle h, Job<?> job) {
        h.execute("SAVEPOINT job");
        try {
            job.run(h);
        } catch (RuntimeException | Error e) {
            // Undoes this job's statements only. Should SQLite have ended the whole transaction (a full disk, say),
            // this throws and the batch fails as a whole: the jobs before this one are gone too.
            h.execute("ROLLBACK TO job");
            job.failed(e);
        }
        h.execute("RELEASE job");
    }

    /** A write made inside a running job: stored with that job, undone alone if it throws. */
    private static <R> R nested(Handle h, HandleCallback<R, RuntimeException> callback) {
        h.execute("SAVEPOINT nested");
        R result;
        try {
            result = callback.withHandle(h);
        } catch (RuntimeException | Error e) {
            h.execute("ROLLBACK TO nested");
            h.execute("RELEASE nested");
            throw e;
        }
        h.execute("RELEASE nested");
        return result;
    }

    private Handle handle() {
        if (connection == null) {
            connection = connect.get();
            jdbi = Jdbi.create(connection);
        }
        return jdbi.open();
    }

    private static void rollbackQuietly(Handle h) {
        try {
            h.execute("ROLLBACK");
        } catch (RuntimeException alreadyEnded) {
            // SQLite rolled back on its own (e.g. a full disk), or the connection is gone: nothing is left open.
        }
    }

    private static void closeQuietly(Handle h) {
        try {
            h.close();
        } catch (RuntimeException ignored) {
            // The batch's outcome is already decided; the connection itself stays open for the next one.
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that is left to do with it.
            }
            connection = null;
            jdbi = null;
        }
    }

    /** Writes waiting for the writer (for tests that line up a batch). */
    int queued() {
        return (int) queue.stream().filter(job -> job != Job.STOP).count();
    }

    /** Batches committed so far. */
    long commits() {
        return commits.get();
    }

    /** Runs every write queued so far, then stops the writer and closes its connection. */
    @Override
    public void close() {
        admission.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(Job.STOP);
        } finally {
            admission.unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's write: its callback, then what it returned or threw, handed over once the batch committed. */
    private static final class Job<R> {
        static final Job<Void> STOP = new Job<>(h -> null);

        private final HandleCallback<R, RuntimeException> callback;
        private final CompletableFuture<R> outcome = new CompletableFuture<>();
        private R result;
        private Throwable thrown;

        Job(HandleCallback<R, RuntimeException> callback) {
            this.callback = callback;
        }

        void run(Handle h) {
            result = callback.withHandle(h);
        }

        void failed(Throwable e) {
            thrown = e;
        }

        void answer() {
            if (thrown != null) {
                outcome.completeExceptionally(thrown);
            } else {
                outcome.complete(result);
            }
        }

        void fail(Throwable e) {
            outcome.completeExceptionally(e);
        }

        R awaitCommit() {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                // The job's own exception, as the callback threw it (an ApiException keeps its status).
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
