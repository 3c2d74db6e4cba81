package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {
    @Test
    void aPlainPathIsASqliteFile() {
        assertEquals(new DatabaseLocation.SqliteFile(Path.of("./data/spotter.db")),
                DatabaseLocation.parse("./data/spotter.db", Map.of()));
        assertEquals(new DatabaseLocation.SqliteFile(Path.of("/srv/spotter/my:odd.db")),
                DatabaseLocation.parse("/srv/spotter/my:odd.db", Map.of()));
    }

    @Test
    void aPostgresqlUrlTakesItsCredentialsFromTheEnvironment() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://db.lan:5433/spotter?sslmode=require",
                Map.of("SPOTTER_DB_USER", "spotter", "SPOTTER_DB_PASSWORD", "s3cret"));
        assertEquals(new DatabaseLocation.Postgres("jdbc:postgresql://db.lan:5433/spotter?sslmode=require",
                "spotter", "s3cret"), location);
    }

    @Test
    void thePasswordCanComeFromAFileAndNeverShowsInText(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("pw");
        Files.writeString(secret, "from-file\n");
        DatabaseLocation location = DatabaseLocation.parse("jdbc:postgresql://localhost/spotter",
                Map.of("SPOTTER_DB_PASSWORD_FILE", secret.toString()));
        assertEquals("from-file", ((DatabaseLocation.Postgres) location).password());
        assertFalse(location.toString().contains("from-file"), location.toString());
        assertFalse(location.describe().contains("from-file"), location.describe());
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseLocation.parse(
                "jdbc:postgresql://localhost/spotter?user=a&password=hunter2", Map.of()));
        assertTrue(e.getMessage().contains("SPOTTER_DB_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void otherUrlsStopStartUpNamingWhatIsAccepted() {
        for (String url : new String[] {"jdbc:postgresql:", "jdbc:sqlite:/srv/a.db", "postgres://localhost/spotter",
                "mysql://localhost/spotter", "jdbc:mysql://localhost/spotter", "jdbc:postgresql://localhost"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DatabaseLocation.parse(url, Map.of()), url);
            assertTrue(e.getMessage().contains("jdbc:postgresql://host[:port]/database"), e.getMessage());
        }
    }
}
