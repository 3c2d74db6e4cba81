package app.spotter.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A consistent copy of the live database, taken while the server keeps running: SQLite's VACUUM INTO reads one
 * snapshot (WAL lets it read beside the writer) and writes a compact, self-contained file.
 */
public final class Backup {
    private Backup() {
    }

    /** The SQLite file {@code --db} names; refused with {@link #NOT_FOR_POSTGRESQL} for a PostgreSQL URL. */
    static Path sqliteFile(String location) {
        DatabaseLocation parsed = DatabaseLocation.parse(location, Map.of());
        if (parsed instanceof DatabaseLocation.SqliteFile file) {
            return file.file();
        }
        throw new IllegalArgumentException(NOT_FOR_POSTGRESQL);
    }

    public static void copy(Path database, Path target) throws IOException {
        if (!Files.exists(database)) {
            throw new IOException("no database at " + database.toAbsolutePath());
        }
        if (Files.exists(target)) {
            throw new IOException("will not overwrite " + target.toAbsolutePath());
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Jdbi.create("jdbc:sqlite:" + database.toAbsolutePath()).useHandle(h -> {
            h.execute("PRAGMA busy_timeout = 5000");
            h.createUpdate("VACUUM INTO :target").bind("target", target.toAbsolutePath().toString()).execute();
        });
    }

    /** Why there is no copy of a PostgreSQL database here, and what makes one. */
    static final String NOT_FOR_POSTGRESQL = "scripts/backup copies a SQLite file; for a PostgreSQL database use"
            + " its own tool, e.g. pg_dump --format=custom --file=spotter.dump <database>";

    /** {@code java -cp spotter.jar app.spotter.server.db.Backup DB TARGET}, as scripts/backup runs it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Backup DATABASE TARGET");
            System.exit(2);
        }
        Path database;
        try {
            database = sqliteFile(args[0]);
        } catch (IllegalArgumentException e) {
            System.err.println("backup: " + e.getMessage());
            System.exit(2);
            return;
        }
        copy(database, Path.of(args[1]));
        System.out.println("Backed up " + args[0] + " to " + args[1]);
    }
}
