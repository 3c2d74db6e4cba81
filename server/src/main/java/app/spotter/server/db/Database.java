package app.spotter.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file behind the server. Writes go through {@link #write}: one writer at a time in this process, in a
 * transaction that starts with BEGIN IMMEDIATE so it never meets SQLITE_BUSY half-way; reads run concurrently (WAL).
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Jdbi jdbi;
    // Fair: writers take turns in the order they came. An unfair lock lets an import that commits a batch and
    // at once begins the next take the lock again ahead of a sync that was waiting, batch after batch.
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for " + absolute, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: an acknowledged write survives power loss, not only a crash of the process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + absolute);
        Jdbi jdbi = Jdbi.create(source);
        Migrations.run(jdbi);
        return new Database(jdbi);
    }

    public <R> R read(HandleCallback<R, RuntimeException> callback) {
        return jdbi.withHandle(callback);
    }

    /** Runs {@code callback} as one write transaction: all of it is stored, or none. */
    public <R> R write(HandleCallback<R, RuntimeException> callback) {
        writeLock.lock();
        try {
            return jdbi.inTransaction(callback);
        } finally {
            writeLock.unlock();
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public int schemaVersion() {
        return read(Migrations::version);
    }

}
