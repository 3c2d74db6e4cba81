package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.SessionCodec;
import app.spotter.json.TemplateCodec;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
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
            var template = TemplateCodec.readList(server.get("/api/templates").body()).get(0);
            for (int i = 0; i < 20; i++) {
                long start = 1_700_000_000_000L + i * 86_400_000L;
                server.post("/api/workouts", SessionCodec.write(WorkoutSession.start(template, "w-" + i, start)
                        .completeSet(0, 0, start + 1000).finish(start + 60_000)));
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
}
