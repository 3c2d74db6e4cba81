package app.spotter.server.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.SpotterServer;
import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.db.Migrations;
import app.spotter.history.LoggedWorkout;
import app.spotter.server.http.HostAllowList;
import app.spotter.server.ops.Operations;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.server.support.TemplateDocs;
import app.spotter.server.support.TestPostgres;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite file written by the real server, moved into PostgreSQL by {@code spotter migrate}, served alike. */
class MigrateToPostgresTest {
    private static final long MONDAY = 1_764_547_200_000L;
    private static final long DAY = 86_400_000L;
    private static final String MEMBER_PASSWORD = "members password";
    /** What each side is asked, and must answer alike. */
    private static final List<String> READS = List.of("/api/workouts", "/api/templates", "/api/session-draft",
            "/api/history?limit=10", "/api/workouts/w-mixed/summary", "/api/workouts/w-bench/summary",
            "/api/exercises", "/api/progress?exercise=Squat", "/api/progress?exercise=run",
            "/api/exercises/last?name=squat&name=Plank", "/api/progress/weekly", "/api/users");

    @TempDir
    Path dir;

    /** What the owner saw on SQLite, and the owner's sign-in cookie. */
    private record Seen(Map<String, String> owner, Map<String, String> member, String ownerToken) {
    }

    @Test
    void aHomeBoxFileMovesWithEveryTableEqualAndTheServerAnswersAlike() {
        Path file = dir.resolve("spotter.db");
        Seen seen = fillThroughTheServer(file);
        DatabaseLocation.Postgres target = TestPostgres.cluster().freshDatabase();

        Run run = migrate(new MigrateCommand(TableCopy.BATCHED), file, target);

        assertEquals(0, run.exit, run.err + run.out);
        Map<String, long[]> printed = printedCounts(run.out);
        assertEquals(List.of("auth_sessions", "custom_exercises", "ended_sessions", "exercise_bests", "record_buckets",
                "rep_buckets", "sign_in_strikes", "session_draft", "templates",
                "users", "workout_sets", "workouts").stream().sorted().toList(),
                printed.keySet().stream().sorted().toList(), run.out);
        printed.forEach((table, counts) -> assertEquals(counts[0], counts[1], table));
        assertEquals(2, printed.get("users")[1]);
        assertEquals(14, printed.get("workout_sets")[1], "every done set of the three kept workouts: " + run.out);
        assertEquals(3, printed.get("workouts")[1], run.out);
        assertTrue(printed.get("sign_in_strikes")[1] >= 1, "a failed sign-in was counted: " + run.out);
        assertTrue(run.out.contains("Committed."), run.out);
        assertFalse(run.out.contains("DIFFERS"), run.out);
        assertEquals(checksums(new DatabaseLocation.SqliteFile(file), false), checksums(target, true),
                "recomputed apart from the command, both sides hash alike");

        try (Served pg = Served.on(target)) {
            ApiClient owner = pg.client().signIn(RunningServer.OWNER, RunningServer.PASSWORD);
            ApiClient member = pg.client().signIn("Member", MEMBER_PASSWORD);
            for (String path : READS) {
                assertEquals(seen.owner.get(path), body(owner, path), path);
            }
            for (String path : List.of("/api/workouts", "/api/templates", "/api/session-draft")) {
                assertEquals(seen.member.get(path), body(member, path), "member " + path);
            }
            ApiClient.Reply withOldCookie = pg.client().send(HttpRequest.newBuilder(URI.create(pg.url("/api/workouts")))
                    .header("Cookie", "spotter_session=" + seen.ownerToken).GET());
            assertEquals(200, withOldCookie.status(), "the sign-in made on SQLite still works");
            assertEquals(seen.owner.get("/api/workouts"), withOldCookie.body());
            assertEquals(404, owner.get("/api/workouts/w-deleted").status(), "the deleted workout stays deleted");
        }
    }

    @Test
    void aTargetHoldingRowsIsRefusedAndLeftAsItWas() {
        Path file = dir.resolve("spotter.db");
        fillThroughTheServer(file);
        DatabaseLocation.Postgres target = TestPostgres.cluster().freshDatabase();
        try (Served pg = Served.on(target)) {
            assertEquals(201, pg.client().post("/api/auth/setup", ApiClient.credentials("someone", "already here"))
                    .status());
        }
        Map<String, String> before = checksums(target, true);

        Run run = migrate(new MigrateCommand(TableCopy.BATCHED), file, target);

        assertEquals(1, run.exit, run.out);
        assertTrue(run.err.contains("the PostgreSQL database is not empty (") && run.err.contains("users: 1 row"),
                run.err);
        assertEquals(before, checksums(target, true), "nothing was written");
    }

    @Test
    void aCopyFailingHalfWayLeavesTheTargetWithoutARow() {
        Path file = dir.resolve("spotter.db");
        fillThroughTheServer(file);
        DatabaseLocation.Postgres target = TestPostgres.cluster().freshDatabase();
        TableCopy failsAtWorkouts = (source, dst, table) -> {
            if (table.name().equals("workouts")) {
                throw new IllegalStateException("disk full (injected)");
            }
            return TableCopy.BATCHED.copy(source, dst, table);
        };

        Run run = migrate(new MigrateCommand(failsAtWorkouts), file, target);

        assertEquals(1, run.exit, run.out);
        assertTrue(run.err.contains("disk full (injected)"), run.err);
        try (Database pg = Database.open(target)) {
            List<Table> tables = pg.read(SchemaTables::ofPostgres);
            assertTrue(tables.size() >= 8);
            assertEquals(Map.of(), pg.read(h -> SchemaTables.nonEmpty(h, tables.stream().map(Table::name).toList())),
                    "the tables copied before the failure were rolled back too");
        }
        assertEquals(0, migrate(new MigrateCommand(TableCopy.BATCHED), file, target).exit, "a second try works");
    }

    @Test
    void aTargetThatDoesNotReadBackAsTheFileIsRolledBack() {
        Path file = dir.resolve("spotter.db");
        fillThroughTheServer(file);
        DatabaseLocation.Postgres target = TestPostgres.cluster().freshDatabase();
        TableCopy altersANameOnTheWay = (source, dst, table) -> {
            TableDigest.TableSummary read = TableCopy.BATCHED.copy(source, dst, table);
            if (table.name().equals("workouts")) {
                dst.execute("UPDATE workouts SET name = name || '!' WHERE session_id = 'w-bench'");
            }
            return read;
        };

        Run run = migrate(new MigrateCommand(altersANameOnTheWay), file, target);

        assertEquals(1, run.exit, run.out);
        assertTrue(Pattern.compile("^workouts\\s+3\\s+3\\s+[0-9a-f]{64}  DIFFERS: [0-9a-f]{64}$", Pattern.MULTILINE)
                .matcher(run.out).find(), run.out);
        assertTrue(run.out.contains("rolled back, nothing was copied"), run.out);
        try (Database pg = Database.open(target)) {
            List<String> names = pg.read(SchemaTables::ofPostgres).stream().map(Table::name).toList();
            assertEquals(Map.of(), pg.read(h -> SchemaTables.nonEmpty(h, names)));
        }
    }

    @Test
    void sequencesAreAdvancedPastTheCopiedIds() {
        try (Database pg = Database.open(TestPostgres.cluster().freshDatabase())) {
            long next = pg.write(h -> {
                h.execute("CREATE TABLE numbered (id BIGSERIAL PRIMARY KEY, note TEXT)");
                h.execute("CREATE TABLE counted (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)");
                h.execute("INSERT INTO numbered (id, note) VALUES (41, 'copied'), (42, 'copied')");
                TableCopy.advanceSequences(h);
                return h.createQuery("INSERT INTO numbered (note) VALUES ('new') RETURNING id").mapTo(Long.class)
                        .one() * 1000 + h.createQuery("INSERT INTO counted DEFAULT VALUES RETURNING id")
                        .mapTo(Long.class).one();
            });
            assertEquals(43 * 1000 + 1, next, "past the copied 42; an empty table's sequence starts at 1");
        }
    }

    @Test
    void theFirstReleasesFileMovesAfterItsUpgradeWithEveryValueKept() throws IOException {
        Path file = dir.resolve("schema1.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema1.db")) {
            Files.copy(in, file);
        }
        DatabaseLocation.Postgres target = TestPostgres.cluster().freshDatabase();

        Run run = migrate(new MigrateCommand(TableCopy.BATCHED), file, target);

        assertEquals(0, run.exit, run.err + run.out);
        assertTrue(run.out.contains("Schema version " + Migrations.latest() + " on both sides (the file was upgraded from"
                + " version 4)"), "the first release wrote version 4: " + run.out);
        assertEquals(checksums(new DatabaseLocation.SqliteFile(file), false), checksums(target, true));
        Map<String, String> sqlite = new LinkedHashMap<>();
        try (Served old = Served.on(new DatabaseLocation.SqliteFile(file))) {
            ApiClient owner = old.client().signIn("owner", "fixture-password-1");
            for (String path : List.of("/api/workouts", "/api/templates", "/api/history?limit=10", "/api/exercises",
                    "/api/session-draft", "/api/workouts/fx-push/summary")) {
                sqlite.put(path, body(owner, path));
            }
        }
        try (Served pg = Served.on(target)) {
            ApiClient owner = pg.client().signIn("owner", "fixture-password-1");
            sqlite.forEach((path, expected) -> assertEquals(expected, body(owner, path), path));
            assertEquals(2, WorkoutCodec.readList(body(owner, "/api/workouts")).size());
        }
    }

    /** The owner, a member, templates, a draft, workouts of every kind, a deleted one, sign-ins, a failed one. */
    private Seen fillThroughTheServer(Path file) {
        try (RunningServer sqlite = RunningServer.start(dir, Operations.standard())) {
            assertEquals(file, sqlite.dbFile());
            ApiClient member = sqlite.addMember("Member", MEMBER_PASSWORD);
            assertEquals(401, sqlite.client().post("/api/auth/login",
                    ApiClient.credentials("Member", "a wrong guess")).status());
            assertEquals(201, sqlite.post("/api/templates", TemplateDocs.body(SessionDocs.pushDay())).status());
            log(sqlite.owner(), LoggedWorkout.named("w-mixed", "Everything", MONDAY)
                    .exercise("Plank", ExerciseKind.DURATION).set(SetType.WARMUP, 0, 0, 30, 0, true).timed(60, 0, 0)
                    .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0)
                    .exercise("Pull-up", ExerciseKind.BODYWEIGHT_REPS).reps(10, 0).reps(5, 5)
                    .exercise("Assisted dip", ExerciseKind.ASSISTED).reps(8, 30)
                    .exercise("Burpee", ExerciseKind.REPS_ONLY).reps(15, 0)
                    .exercise("Farmer's walk", ExerciseKind.WEIGHT_DURATION).timed(40, 0, 32.5)
                    .exercise("Squat", ExerciseKind.WEIGHT_REPS).reps(5, 100).reps(3, 102.25).finish(3600));
            log(sqlite.owner(), LoggedWorkout.named("w-bench", "Bench day", MONDAY + DAY)
                    .exercise("Bench press", ExerciseKind.WEIGHT_REPS).reps(5, 80).reps(5, 82.5)
                    .exercise("squat", ExerciseKind.WEIGHT_REPS).reps(5, 110).finish(1800));
            log(sqlite.owner(), LoggedWorkout.named("w-deleted", "Oops", MONDAY + 2 * DAY)
                    .exercise("Row", ExerciseKind.WEIGHT_REPS).reps(8, 60).finish(600));
            assertEquals(204, sqlite.delete("/api/workouts/w-deleted").status());
            log(member, LoggedWorkout.named("w-member", "Ünïcode légs", MONDAY + DAY)
                    .exercise("Leg press ü", ExerciseKind.WEIGHT_REPS).reps(12, 140).finish(900));
            Workout draft = SessionDocs.complete(SessionDocs.start("draft-1", MONDAY + 3 * DAY, "phone"), 0, 0,
                    SessionDocs.at(MONDAY + 3 * DAY + 1000, "phone"));
            assertEquals(200, sqlite.put("/api/session-draft?baseRevision=0", SessionDocs.json(draft)).status());
            Map<String, String> owner = new LinkedHashMap<>();
            for (String path : READS) {
                owner.put(path, body(sqlite.owner(), path));
            }
            Map<String, String> memberSaw = new LinkedHashMap<>();
            for (String path : List.of("/api/workouts", "/api/templates", "/api/session-draft")) {
                memberSaw.put(path, body(member, path));
            }
            return new Seen(owner, memberSaw, sqlite.owner().sessionToken());
        }
    }

    private static void log(ApiClient client, Workout workout) {
        ApiClient.Reply reply = client.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
    }

    private static String body(ApiClient client, String path) {
        ApiClient.Reply reply = client.get(path);
        assertTrue(reply.status() == 200 || reply.status() == 204, path + ": " + reply);
        return reply.body();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run migrate(MigrateCommand command, Path file, DatabaseLocation.Postgres target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("SPOTTER_DB_USER", target.user(), "SPOTTER_DB_PASSWORD", target.password());
        int exit = command.execute(new String[] {"--from", file.toString(), "--to", target.url()}, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final Pattern TABLE_LINE = Pattern.compile("^([a-z_]+)\\s+(\\d+)\\s+(\\d+)\\s+[0-9a-f]{64}  same$",
            Pattern.MULTILINE);

    /** Each printed table's count on the file and on PostgreSQL. */
    private static Map<String, long[]> printedCounts(String out) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Matcher m = TABLE_LINE.matcher(out);
        while (m.find()) {
            counts.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        return counts;
    }

    /** Every table's count and checksum, computed apart from the command (the target's table list for both). */
    private static Map<String, String> checksums(DatabaseLocation location, boolean postgres) {
        List<Table> tables;
        try (Database pg = Database.open(TestPostgres.cluster().freshDatabase())) {
            tables = pg.read(SchemaTables::ofPostgres);
        }
        try (Database db = Database.open(location)) {
            Map<String, String> sums = new LinkedHashMap<>();
            for (Table table : tables) {
                TableDigest.TableSummary s = db.read(h -> TableCopy.summarize(h, table, postgres));
                sums.put(table.name(), s.rows() + " " + s.sha256());
            }
            return sums;
        }
    }

    /** A real server over a database, for reading it back through the API. */
    private record Served(SpotterServer server) implements AutoCloseable {
        static Served on(DatabaseLocation location) {
            SpotterServer.Security security = new SpotterServer.Security(RunningServer.TEST_HASHER, false,
                    HostAllowList.localOnly(), RunningServer.TEST_LIMITS);
            return new Served(new SpotterServer(Database.open(location), System::currentTimeMillis, security)
                    .start(0));
        }

        String url(String path) {
            return "http://localhost:" + server.port() + path;
        }

        ApiClient client() {
            return ApiClient.at("http://localhost:" + server.port());
        }

        @Override
        public void close() {
            server.stop();
            server.database().close();
        }
    }
}
