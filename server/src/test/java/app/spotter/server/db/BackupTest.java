package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.Workout;
import java.io.IOException;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheServerRunsHoldsEveryLoggedWorkoutAndIsSound() throws IOException {
        try (RunningServer server = RunningServer.start(dir)) {
            for (int i = 0; i < 20; i++) {
                long start = 1_700_000_000_000L + i * 86_400_000L;
                Workout done = SessionDocs.complete(SessionDocs.start("w-" + i, start, "a"), 0, 0,
                        SessionDocs.at(start + 1000, "a"));
                assertEquals(201, server.post("/api/workouts",
                        SessionDocs.json(SessionDocs.finish(done, SessionDocs.at(start + 60_000, "a")))).status());
            }
            Path copy = dir.resolve("backups/copy.db");
            Backup.copy(server.dbFile(), copy);
            Jdbi backup = Jdbi.create("jdbc:sqlite:" + copy);
            assertEquals("ok", backup.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class)
                    .one()));
            assertEquals((Integer) 20, backup.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM workouts")
                    .mapTo(Integer.class).one()));
            assertEquals((Integer) Migrations.STEPS.size(), backup.withHandle(Migrations::version));
            assertThrows(IOException.class, () -> Backup.copy(server.dbFile(), copy), "never overwrites");
        }
    }

    @Test
    void aPostgresqlDatabaseIsPointedToPgDump() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backup.sqliteFile("jdbc:postgresql://db.lan/spotter"));
        assertEquals(Backup.NOT_FOR_POSTGRESQL, e.getMessage());
        assertEquals(Path.of("data/spotter.db"), Backup.sqliteFile("data/spotter.db"));
    }
}
