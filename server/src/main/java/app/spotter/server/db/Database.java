package app.spotter.server.db;

import app.spotter.server.ops.ConnectionPoolGauge;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind the server: a SQLite file, or a PostgreSQL database that several servers may share.
 *
 * <p>On SQLite, writes go through {@link #write} to the one write connection, where {@link GroupCommitWriter}
 * commits the writes waiting at that moment together (one transaction, one fsync, a savepoint per write); reads
 * run concurrently (WAL) on a few read connections that stay open. On PostgreSQL the connections come from a small
 * pool and {@link WriteLocks} keep writers apart across servers.
 */
public final class Database implements AutoCloseable {
    /** The SQL the database speaks, where the two differ (schema bookkeeping, the catalog, locks). */
    public enum Dialect { SQLITE, POSTGRESQL }

    /** Connections to PostgreSQL: enough for the server's concurrent requests, few enough for many servers. */
    static final int POOL_SIZE = 8;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final HikariDataSource pool;
    /** SQLite only: the one writer, and a connection per call for tools ({@link #jdbi}). */
    private final GroupCommitWriter writer;
    private final Jdbi perCall;
    private final Path file;

    private Database(Jdbi jdbi, Dialect dialect, HikariDataSource pool, GroupCommitWriter writer, Jdbi perCall,
            Path file) {
        this.file = file;
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.pool = pool;
        this.writer = writer;
        this.perCall = perCall;
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
        SqliteConnections connections = new SqliteConnections(absolute);
        Jdbi perCall = Jdbi.create(connections.perCall());
        Migrations.run(perCall);
        HikariDataSource readers = connections.readers();
        return new Database(Jdbi.create(readers), Dialect.SQLITE, readers,
                new GroupCommitWriter(connections::writer), perCall, absolute);
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
            return new Database(jdbi, Dialect.POSTGRESQL, pool, null, jdbi, null);
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
        return writer.write(callback);
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
        return writer.write(callback);
    }

    /**
     * JDBI straight on the database, bypassing {@link #write}: on PostgreSQL the pool; on SQLite a new connection
     * per handle, for a tool that needs its own transaction beside the server's (the copy to PostgreSQL).
     */
    public Jdbi jdbi() {
        return perCall;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The connection pool's figures for {@code /metrics}: PostgreSQL only (SQLite's few readers never queue long). */
    public Optional<ConnectionPoolGauge> connectionPool() {
        return dialect == Dialect.SQLITE ? Optional.empty() : Optional.of(new HikariPoolGauge(pool));
    }

    /**
     * Throws unless the database answers a trivial query. On SQLite the connections stay open, so they would go on
     * answering from a file deleted or replaced under them: the file must also still be there.
     */
    public void probe() {
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalStateException("the database file is no longer there");
        }
        read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /** How many reads run at once at most; more wait for a connection (SQLite's read pool, PostgreSQL's pool). */
    public int readConnections() {
        return pool.getMaximumPoolSize();
    }

    public int schemaVersion() {
        return read(h -> Migrations.versionOf(h, dialect));
    }

    /** On SQLite, first runs every write already queued (their callers get their answers); then closes the pool. */
    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        pool.close();
    }
}
