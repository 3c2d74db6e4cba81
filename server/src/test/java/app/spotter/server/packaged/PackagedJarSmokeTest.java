package app.spotter.server.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.durability.ServerProcess;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.SessionDocs;
import app.spotter.server.support.TestPostgres;
import app.spotter.workout.Workout;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JAR as shipped, started with {@code java -jar} on a random port and a new database, drives one workout the way
 * the app does: the owner account, a template, a synced draft, the logged workout, and history.
 */
class PackagedJarSmokeTest {
    private static final long T0 = 1_764_620_000_000L;

    @TempDir
    Path dir;

    @Test
    void theShippedJarRunsAWorkoutFromSetUpToHistory() throws Exception {
        try (ServerProcess server = ServerProcess.startJar(PackagedJar.path(), dir.resolve("spotter.db"))) {
            ApiClient phone = ApiClient.at(server.url(""));
            Reply page = phone.get("/workouts/active");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("start.js"), "the app's page comes from the JAR: " + page.body());
            assertEquals(200, phone.get("/js/spotter.js").status(), "and its compiled client");
            assertEquals(200, phone.get("/js/player.js").status(), "and the player's own");

            assertEquals(201, phone.post("/api/auth/setup", ApiClient.credentials("owner", "smoke test password"))
                    .status());
            assertEquals(200, phone.get("/api/templates").status());

            Workout session = SessionDocs.complete(SessionDocs.start("smoke-1", T0, "phone"), 0, 0,
                    SessionDocs.at(T0 + 60_000, "phone"));
            Reply synced = phone.put("/api/session-draft?baseRevision=0", SessionDocs.json(session));
            assertEquals(200, synced.status(), synced.body());
            Workout draft = SessionDocs.read(phone.get("/api/session-draft").body());
            assertEquals("smoke-1", draft.sessionId());
            assertTrue(SessionDocs.done(draft, 0, 0), "the synced set is stored");

            Workout finished = SessionDocs.finish(SessionDocs.complete(draft, 0, 1, SessionDocs.at(T0 + 120_000,
                    "phone")), SessionDocs.at(T0 + 600_000, "phone"));
            Reply logged = phone.post("/api/workouts", SessionDocs.json(finished));
            assertEquals(201, logged.status(), logged.body());
            assertEquals(204, phone.get("/api/session-draft").status(), "logging ends the draft");

            String history = phone.get("/api/history").body();
            assertEquals(1, Json.parseArray(history).size(), history);
            assertTrue(history.contains("Push day"), history);
            Workout stored = SessionDocs.read(phone.get("/api/workouts/smoke-1").body());
            assertEquals(finished, stored, "the workout reads back as logged");
        }
    }

    @Test
    void theShippedJarRunsOnPostgresqlWithCredentialsFromTheEnvironment() throws Exception {
        DatabaseLocation.Postgres db = TestPostgres.cluster().freshDatabase();
        try (ServerProcess server = ServerProcess.startJar(PackagedJar.path(), db.url(),
                Map.of("SPOTTER_DB_USER", db.user(), "SPOTTER_DB_PASSWORD", db.password()))) {
            assertTrue(server.readyLine().contains(db.url()), server.readyLine());
            assertFalse(server.readyLine().contains(db.password()), "no password in the log: " + server.readyLine());
            ApiClient phone = ApiClient.at(server.url(""));
            assertEquals(201, phone.post("/api/auth/setup", ApiClient.credentials("owner", "smoke test password"))
                    .status());
            Workout finished = SessionDocs.finish(SessionDocs.complete(SessionDocs.start("pg-1", T0, "phone"), 0, 0,
                    SessionDocs.at(T0 + 60_000, "phone")), SessionDocs.at(T0 + 600_000, "phone"));
            assertEquals(201, phone.post("/api/workouts", SessionDocs.json(finished)).status());
            assertEquals(1, Json.parseArray(phone.get("/api/history").body()).size());
        }
        try (Database direct = Database.open(db)) {
            assertEquals(1L, (long) direct.read(h -> h.createQuery("SELECT COUNT(*) FROM workouts")
                    .mapTo(Long.class).one()), "the workout is in PostgreSQL");
        }
    }
}
