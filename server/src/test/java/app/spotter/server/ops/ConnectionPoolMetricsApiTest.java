package app.spotter.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} reports the database connection pool on PostgreSQL (HikariCP) and nothing of one on SQLite. */
class ConnectionPoolMetricsApiTest {
    private static final Operations METRICS_ON = Operations.standard().withMetrics(Optional.empty());

    @TempDir
    Path dir;

    @Test
    void on_postgresql_metrics_show_the_pools_connections_by_state_its_maximum_and_waiting_requests() {
        Database db = Database.open(TestPostgres.cluster().freshDatabase());
        try (RunningServer server = RunningServer.start(db, dir.resolve("unused.db"), METRICS_ON)) {
            assertEquals(200, server.get("/api/workouts").status());
            String text = metrics(server);
            assertTrue(text.contains("# TYPE spotter_db_pool_connections gauge"), text);
            long active = sample(text, "spotter_db_pool_connections{state=\"active\"}");
            long idle = sample(text, "spotter_db_pool_connections{state=\"idle\"}");
            assertEquals(8, sample(text, "spotter_db_pool_max_connections"), "the pool's size (Database.POOL_SIZE)");
            assertEquals(0, sample(text, "spotter_db_pool_waiting_threads"), "nobody waits on an idle server");
            assertTrue(active + idle >= 1, "the pool holds the connections the requests used: " + text);
            assertTrue(active + idle <= 8, text);
        } finally {
            db.close();
        }
    }

    @Test
    void with_every_connection_taken_metrics_show_them_active_and_the_next_request_waiting() throws Exception {
        Database db = Database.open(TestPostgres.cluster().freshDatabase());
        List<Handle> held = new ArrayList<>();
        try (RunningServer server = RunningServer.start(db, dir.resolve("unused.db"), METRICS_ON)) {
            for (int i = 0; i < 8; i++) {
                held.add(db.jdbi().open());
            }
            CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> db.read(h ->
                    h.createQuery("SELECT 1").mapTo(Integer.class).one()));
            String text = metrics(server);
            Instant deadline = Instant.now().plusSeconds(5);
            while (sample(text, "spotter_db_pool_waiting_threads") < 1 && Instant.now().isBefore(deadline)) {
                text = metrics(server);
            }
            assertEquals(1, sample(text, "spotter_db_pool_waiting_threads"), text);
            assertEquals(8, sample(text, "spotter_db_pool_connections{state=\"active\"}"), text);
            assertEquals(0, sample(text, "spotter_db_pool_connections{state=\"idle\"}"), text);
            held.forEach(Handle::close);
            held.clear();
            assertEquals(1, waiter.get(10, TimeUnit.SECONDS), "the waiting read gets a connection once one is free");
        } finally {
            held.forEach(Handle::close);
            db.close();
        }
    }

    @Test
    void on_sqlite_metrics_have_no_pool_series() {
        try (RunningServer server = RunningServer.start(dir, METRICS_ON)) {
            assertEquals(200, server.get("/api/workouts").status());
            String text = metrics(server);
            assertTrue(text.contains("spotter_http_requests_total"), text);
            assertFalse(text.contains("spotter_db_pool"), "SQLite has no connection pool: " + text);
        }
    }

    private static String metrics(RunningServer server) {
        Reply reply = server.client().get("/metrics");
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static long sample(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.]+)$").matcher(text);
        assertTrue(m.find(), series + " in " + text);
        return (long) Double.parseDouble(m.group(1));
    }
}
