package app.spotter.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.ops.HealthAnswer;
import app.spotter.ops.OpsCodec;
import app.spotter.ops.ReadyAnswer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/ready}: the database answers and has the schema this server expects, or 503 naming why. */
class ReadinessApiTest {
    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply ready() {
        return server.client().get("/api/ready");
    }

    private static ReadyAnswer body(Reply reply) {
        return OpsCodec.readReady(reply.body());
    }

    private Connection beside() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + server.dbFile());
    }

    @Test
    void ready_answers_200_without_sign_in_when_the_database_answers_with_the_expected_schema() {
        Reply reply = ready();
        assertEquals(200, reply.status(), reply.body());
        assertEquals(ReadyAnswer.ready(server.database().schemaVersion()), body(reply));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void a_schema_other_than_the_one_this_server_migrates_to_answers_503_naming_the_schema() throws Exception {
        int expected = server.database().schemaVersion();
        try (Connection other = beside(); Statement sql = other.createStatement()) {
            sql.execute("PRAGMA user_version = " + (expected + 1));
        }
        Reply newer = ready();
        assertEquals(503, newer.status(), newer.body());
        assertFalse(body(newer).ready());
        assertEquals(ReadyAnswer.SCHEMA, body(newer).problem());
        assertEquals(expected + 1, body(newer).schemaVersion());
        assertTrue(body(newer).error().contains("expects " + expected), newer.body());

        try (Connection other = beside(); Statement sql = other.createStatement()) {
            sql.execute("PRAGMA user_version = " + expected);
        }
        assertEquals(200, ready().status(), "ready again once the schema is the expected one");
    }

    @Test
    void a_database_that_cannot_be_opened_answers_503_naming_the_database_but_not_its_file() throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(server.dbFile() + suffix));
        }
        Files.createDirectory(server.dbFile());
        Reply reply = ready();
        assertEquals(503, reply.status(), reply.body());
        assertEquals(ReadyAnswer.DATABASE, body(reply).problem());
        assertFalse(body(reply).knowsVersion(), reply.body());
        assertFalse(reply.body().contains(dir.toString()), "the public answer names no path: " + reply.body());
        Reply health = server.client().get("/api/health");
        assertEquals(200, health.status(), "alive, only not ready");
        assertEquals(HealthAnswer.ALIVE, OpsCodec.readHealth(health.body()));
    }

    @Test
    void a_stuck_database_answers_503_within_the_bound_and_ready_again_once_it_is_free() throws Exception {
        // Every read connection held by a read that does not end: the probe's query waits for one.
        CountDownLatch release = new CountDownLatch(1);
        int readers = server.database().readConnections();
        CountDownLatch holding = new CountDownLatch(readers);
        List<CompletableFuture<Void>> held = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            held.add(CompletableFuture.runAsync(() -> server.database().read(h -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }), Executors.newSingleThreadExecutor()));
        }
        holding.await();
        try {
            Instant asked = Instant.now();
            Reply stuck = ready();
            Duration took = Duration.between(asked, Instant.now());
            assertEquals(503, stuck.status(), stuck.body());
            assertEquals(ReadyAnswer.DATABASE, body(stuck).problem());
            assertTrue(body(stuck).error().contains("did not answer within 2000 ms"), stuck.body());
            // Under the 10 s a read waits for a connection: the bound answered, not the pool giving up.
            assertTrue(took.compareTo(Duration.ofMillis(4500)) < 0, "answered in " + took.toMillis() + " ms");
        } finally {
            release.countDown();
        }
        held.forEach(CompletableFuture::join);
        Instant deadline = Instant.now().plusSeconds(15);
        int status = ready().status();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = ready().status();
        }
        assertEquals(200, status, "ready once the lock is released");
    }
}
