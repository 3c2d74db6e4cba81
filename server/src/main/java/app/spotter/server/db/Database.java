package app.spotter.server.db;

import app.spotter.server.ops.ConnectionPoolGauge;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database behind the server: a SQLite file, or a PostgreSQL database that several servers may share.
 *
 * <p>On SQLite, writes go through {@link #write}: one writer at a time in this process, in a transaction that
 * starts with BEGIN IMMEDIATE so it never meets SQLITE_BUSY half-way; reads run concurrently (WAL). On PostgreSQL
 * the connections come from a small pool and {@link WriteLocks} keep writers apart across servers.
 */
public final class Database implements AutoCloseable {
    /** The SQL the database speaks, where the two differ (schema bookkeeping, the catalog, locks). */
    public enum Dialect { SQLITE, POSTGRESQL }

    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** Connections to PostgreSQL: enough for the server's concurrent requests, few enough for many servers. */
    static final int POOL_SIZE = 8;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final HikariDataSource pool;
    // Fair: writers take turns in the order they came. An unfair lock lets an import that commits a batch and
    // at once begins the next take the lock again ahead of a sync that was waiting, batch after batch.
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(Jdbi jdbi, Dialect dialect, HikariDataSource pool) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.pool = pool;
    }

    /** Opens (creating if needed) the SQLite file and brings its schema up to date. */
    public static Database open(Path file) {
        return open(new DatabaseLocation.SqliteFile(file));
    }

    /** Opens the database at {@code location} and brings its schema up to date. */
    public static Database open(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Postgres postgres) {
            return openPostgres(postgres);
        }
        return openSqlite(((DatabaseLocation.SqliteFile) location).file());
    }

    private static Database openSqlite(Path file) {
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
        return new Database(jdbi, Dialect.SQLITE, null);
    }

    private static Database openPostgres(DatabaseLocation.Postgres location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("spotter-db");
        config.setJdbcUrl(location.url());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(POOL_SIZE);
        // A request waits at most this long for a connection, then fails instead of hanging its worker.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the PostgreSQL database " + location.describe() + ": "
                    + rootMessage(e), e);
        }
        try {
            Jdbi jdbi = Jdbi.create(pool);
            Migrations.run(jdbi, Dialect.POSTGRESQL);
            return new Database(jdbi, Dialect.POSTGRESQL, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public <R> R read(HandleCallback<R, RuntimeException> callback) {
        return jdbi.withHandle(callback);
    }

    /**
     * Runs {@code callback} as one write transaction: all of it is stored, or none. It may touch any user's data:
     * on PostgreSQL it excludes every other writer of every server ({@link WriteLocks}).
     */
    public <R> R write(HandleCallback<R, RuntimeException> callback) {
        if (dialect == Dialect.POSTGRESQL) {
            return jdbi.inTransaction(h -> {
                WriteLocks.wholeDatabase(h);
                return callback.withHandle(h);
            });
        }
        return writeInProcess(callback);
    }

    /**
     * As {@link #write}, for a transaction that touches only {@code userId}'s data: on PostgreSQL it waits only for
     * other writes of that user (on any server). On SQLite there is one writer either way.
     */
    public <R> R writeFor(String userId, HandleCallback<R, RuntimeException> callback) {
        if (dialect == Dialect.POSTGRESQL) {
            return jdbi.inTransaction(h -> {
                WriteLocks.user(h, userId);
                return callback.withHandle(h);
            });
        }
        return writeInProcess(callback);
    }

    private <R> R writeInProcess(HandleCallback<R, RuntimeException> callback) {
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

    public Dialect dialect() {
        return dialect;
    }

    /** The connection pool's figures for {@code /metrics}: PostgreSQL only, SQLite opens a connection per call. */
    public Optional<ConnectionPoolGauge> connectionPool() {
        return pool == null ? Optional.empty() : Optional.of(new HikariPoolGauge(pool));
    }

    public int schemaVersion() {
        return read(h -> Migrations.versionOf(h, dialect));
    }

    /** Closes the PostgreSQL pool; a SQLite database holds nothing open between calls. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
