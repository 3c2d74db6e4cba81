package app.spotter.server.db;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognizes a write refused because it would duplicate a unique key, as either database reports it (PostgreSQL's
 * SQLSTATE 23505, SQLite's UNIQUE or PRIMARY KEY constraint), so a store can answer it as the clash it is.
 */
public final class UniqueViolation {
    private static final String POSTGRES_UNIQUE = "23505";

    private UniqueViolation() {
    }

    /** True when {@code failure}, or a failure it wraps, is a unique-key violation. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                        || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
            }
            if (t instanceof SQLException sql && POSTGRES_UNIQUE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
