package app.spotter.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * A consistent copy of the live database, taken while the server keeps running: SQLite's VACUUM INTO reads one
 * snapshot (WAL lets it read beside the writer) and writes a compact, self-contained file.
 */
public final class Backup {
    private Backup() {
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

    /** {@code java -cp spotter.jar app.spotter.server.db.Backup DB TARGET}, as scripts/backup runs it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Backup DATABASE TARGET");
            System.exit(2);
        }
        copy(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Backed up " + args[0] + " to " + args[1]);
    }
}
