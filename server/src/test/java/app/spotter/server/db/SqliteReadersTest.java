package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReadersTest {
    @TempDir
    Path dir;

    @Test
    void aWriteIsReadableOnEveryReadConnectionAsSoonAsItReturns() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            db.write(h -> h.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)"));
            db.write(h -> h.execute("INSERT INTO counter (id, n) VALUES (1, 0)"));
            List<CompletableFuture<Void>> threads = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                threads.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 50; i++) {
                        int written = db.write(h -> {
                            h.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
                            return h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one();
                        });
                        int read = db.read(h -> h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one());
                        if (read < written) {
                            throw new AssertionError("read " + read + " after writing " + written);
                        }
                    }
                }));
            }
            threads.forEach(CompletableFuture::join);
            assertEquals(Integer.valueOf(300), db.<Integer>read(h -> h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one()));
        }
    }

    @Test
    void aReadConnectionRefusesToWrite() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            assertThrows(RuntimeException.class, () -> db.read(h -> h.execute("DELETE FROM users")));
        }
    }
}
