package app.spotter.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * How the server connects to its SQLite file: every connection with the same durability settings (WAL,
 * {@code synchronous=FULL}), the one write connection, and a few read connections kept open and reused.
 */
final class SqliteConnections {
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** Read connections kept open: WAL lets each read beside the writer; on two cores a few are plenty. */
    static final int READERS = 4;
    private static final long READER_WAIT_MILLIS = 10_000;

    private final String url;
    private final SQLiteConfig config;

    SqliteConnections(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: an acknowledged write survives power loss, not only a crash of the process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // For a transaction a tool starts through JDBC (migrations, the copy to PostgreSQL): never a DEFERRED one
        // that meets SQLITE_BUSY half-way. The writer starts its own with BEGIN IMMEDIATE.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    /** A connection per call, closed after it: for the migrations at start and for tools beside the server. */
    SQLiteDataSource perCall() {
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    /** The write connection; it stays open for the life of the server. */
    Connection writer() {
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database " + url + " for writing: " + e.getMessage(), e);
        }
    }

    /** The read connections: query_only, so a write slipped into a read fails at once instead of racing the writer. */
    HikariDataSource readers() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("spotter-sqlite-readers");
        pool.setDataSource(perCall());
        pool.setMaximumPoolSize(READERS);
        pool.setMinimumIdle(1);
        pool.setConnectionInitSql("PRAGMA query_only = true");
        // A read waits at most this long for a free connection, then fails instead of hanging its worker.
        pool.setConnectionTimeout(READER_WAIT_MILLIS);
        return new HikariDataSource(pool);
    }
}
