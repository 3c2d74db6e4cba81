package app.spotter.server.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code spotter migrate} says to a wrong command line: one line, exit 2, and no file created. */
class MigrateCommandUsageTest {
    private static final String PG = "jdbc:postgresql://db.internal:5432/spotter";

    @TempDir
    Path dir;

    private record Said(int exit, String out, String err) {
    }

    private static Said run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MigrateCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Said(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertUsageError(Said said, String expected) {
        assertEquals(2, said.exit(), said.toString());
        assertEquals(1, said.err().lines().count(), "one line: " + said.err());
        assertTrue(said.err().startsWith("spotter migrate: ") && said.err().contains(expected), said.err());
        assertEquals("", said.out());
    }

    @Test
    void helpListsBothOptionsAndTheCredentialVariables() {
        Said said = run(Map.of(), "--help");
        assertEquals(0, said.exit());
        assertTrue(said.out().contains("--from PATH") && said.out().contains("--to URL")
                && said.out().contains("SPOTTER_DB_PASSWORD_FILE"), said.out());
    }

    @Test
    void missingOrUnknownArgumentsAreUsageErrors() {
        assertUsageError(run(Map.of()), "give both --from PATH.db and --to jdbc:postgresql://...");
        assertUsageError(run(Map.of(), "--to", PG), "give both --from");
        assertUsageError(run(Map.of(), "--from"), "--from needs a value");
        assertUsageError(run(Map.of(), "--from", "a.db", "--to", PG, "--password", "x"), "unknown argument '--password'");
    }

    @Test
    void aMissingSourceFileIsRefusedAndNotCreated() {
        Path missing = dir.resolve("nope.db");
        assertUsageError(run(Map.of(), "--from", missing.toString(), "--to", PG), "does not exist");
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "not a database, only text that is long enough");
        assertUsageError(run(Map.of(), "--from", notes.toString(), "--to", PG), "cannot read");
    }

    @Test
    void theTargetMustBeAPostgresUrlWithoutAPassword() throws IOException {
        String file = sqliteFile().toString();
        assertUsageError(run(Map.of(), "--from", file, "--to", dir.resolve("other.db").toString()),
                "--to must be a jdbc:postgresql://");
        assertUsageError(run(Map.of(), "--from", file, "--to", PG + "?password=secret"), "holds a password");
        assertUsageError(run(Map.of(), "--from", file, "--to", "postgres://db/spotter"), "is not one Spotter opens");
        assertUsageError(run(Map.of(), "--from", PG, "--to", PG), "--from must be a SQLite file path");
    }

    private Path sqliteFile() {
        Path file = dir.resolve("spotter.db");
        Database.open(file).close();
        return file;
    }
}
