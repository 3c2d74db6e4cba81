package app.spotter.server.ops;

import app.spotter.ops.ReadyAnswer;
import app.spotter.server.db.Database;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this server can serve: the database answers a trivial query and its schema is the version this server's
 * migrations bring it to. A probe waits at most {@code timeout}: a stuck database gets a "not ready" in time instead
 * of a hung probe, and probes that come while a check is still waiting join it rather than pile up threads.
 */
public final class Readiness implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

    private final Runnable trivialQuery;
    private final IntSupplier schemaVersion;
    private final int expectedVersion;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "spotter-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<ReadyAnswer> inFlight;

    public Readiness(Runnable trivialQuery, IntSupplier schemaVersion, int expectedVersion, Duration timeout) {
        this.trivialQuery = trivialQuery;
        this.schemaVersion = schemaVersion;
        this.expectedVersion = expectedVersion;
        this.timeout = timeout;
    }

    /** Checks {@code db} against the schema version its migrations bring it to. */
    public static Readiness of(Database db, int expectedVersion, Duration timeout) {
        return new Readiness(db::probe,
                db::schemaVersion, expectedVersion, timeout);
    }

    public ReadyAnswer check() {
        CompletableFuture<ReadyAnswer> check = currentCheck();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ReadyAnswer.notReady(ReadyAnswer.DATABASE,
                    "The database did not answer within " + timeout.toMillis() + " ms", ReadyAnswer.VERSION_UNKNOWN);
        } catch (ExecutionException e) {
            return failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ReadyAnswer.notReady(ReadyAnswer.DATABASE, "The check was interrupted", ReadyAnswer.VERSION_UNKNOWN);
        }
    }

    private synchronized CompletableFuture<ReadyAnswer> currentCheck() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::probe, checker);
        }
        return inFlight;
    }

    private ReadyAnswer probe() {
        try {
            trivialQuery.run();
            int version = schemaVersion.getAsInt();
            if (version != expectedVersion) {
                return ReadyAnswer.notReady(ReadyAnswer.SCHEMA, "The database has schema version " + version
                        + "; this server expects " + expectedVersion, version);
            }
            return ReadyAnswer.ready(version);
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    // The cause goes to the server's log only: the answer is public and names no file, host or driver.
    private static ReadyAnswer failed(Throwable cause) {
        LOG.warn("readiness check: the database did not answer: {}", String.valueOf(cause));
        return ReadyAnswer.notReady(ReadyAnswer.DATABASE, "The database did not answer a query",
                ReadyAnswer.VERSION_UNKNOWN);
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
