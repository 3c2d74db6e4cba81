package app.spotter.server.support;

import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database a test's server runs on: the SQLite file the test names, or, with {@code -Dspotter.test.db=postgresql}
 * (the PostgreSQL lane of server/pom.xml), a fresh database in {@link TestPostgres} standing for that file. The same
 * file name gives the same PostgreSQL database, so a test that stops a server and starts one over its file finds its
 * data again.
 */
public final class TestDatabases {
    public static final String PROPERTY = "spotter.test.db";
    private static final Map<Path, DatabaseLocation> STAND_INS = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** True in the PostgreSQL lane. */
    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"));
    }

    public static DatabaseLocation locationFor(Path dbFile) {
        if (!postgresql()) {
            return new DatabaseLocation.SqliteFile(dbFile);
        }
        return STAND_INS.computeIfAbsent(dbFile.toAbsolutePath().normalize(),
                file -> TestPostgres.cluster().freshDatabase());
    }

    /** Opens the database standing for {@code dbFile} in this lane. */
    public static Database open(Path dbFile) {
        return Database.open(locationFor(dbFile));
    }
}
