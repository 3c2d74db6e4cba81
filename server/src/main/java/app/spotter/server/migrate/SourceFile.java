package app.spotter.server.migrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Checks on the SQLite file before it is opened through Database (which would create a missing one). */
final class SourceFile {
    private SourceFile() {
    }

    /** Null when {@code file} is a readable SQLite database, else what is wrong with it. */
    static String problem(Path file) {
        if (!Files.isRegularFile(file)) {
            return "the SQLite file " + file + " does not exist";
        }
        try {
            versionOf(file);
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    /** The file's schema version (its user_version), read without changing anything. */
    static int versionOf(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file + " as a SQLite database: " + e.getMessage());
        }
    }
}
