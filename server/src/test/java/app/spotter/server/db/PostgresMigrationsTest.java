package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationsTest {
    @TempDir
    Path dir;

    private static Jdbi jdbi(DatabaseLocation.Postgres location) {
        return Jdbi.create(location.url(), location.user(), location.password());
    }

    @Test
    void anEmptyDatabaseGetsTheSameTablesColumnsAndIndexesAsASqliteFile() {
        DatabaseLocation.Postgres location = TestPostgres.cluster().freshDatabase();
        try (Database pg = Database.open(location)) {
            assertEquals(Database.Dialect.POSTGRESQL, pg.dialect());
            assertEquals(Migrations.latest(), pg.schemaVersion());
            Database sqlite = Database.open(dir.resolve("same.db"));
            assertEquals(sqliteColumns(sqlite), pg.read(PostgresMigrationsTest::postgresColumns));
            assertEquals(sqliteIndexes(sqlite), pg.read(PostgresMigrationsTest::postgresIndexes));
        }
    }

    @Test
    void removingAUserRemovesTheirSignInsAndNamesCompareWithoutCase() {
        try (Database pg = Database.open(TestPostgres.cluster().freshDatabase())) {
            pg.write(h -> h.execute("INSERT INTO users (id, name, password_hash, role, created_at)"
                    + " VALUES ('u1', 'Alice', 'h', 'owner', 1)"));
            pg.write(h -> h.execute("INSERT INTO auth_sessions VALUES ('t', 'u1', 1, 2)"));
            assertEquals("u1", pg.read(h -> h.createQuery("SELECT id FROM users WHERE name = 'aLICE'")
                    .mapTo(String.class).one()));
            assertThrows(RuntimeException.class, () -> pg.write(h -> h.execute("INSERT INTO users"
                    + " (id, name, password_hash, role, created_at) VALUES ('u2', 'ALICE', 'h', 'member', 1)")),
                    "names are unique regardless of case");
            pg.write(h -> h.execute("DELETE FROM users WHERE id = 'u1'"));
            assertEquals(0, (int) pg.read(h -> h.createQuery("SELECT COUNT(*) FROM auth_sessions")
                    .mapTo(Integer.class).one()), "the user's sign-ins went with them");
        }
    }

    @Test
    void aDatabaseAtEveryEarlierStepIsUpgradedKeepingItsRows() {
        List<PostgresMigrations.Step> steps = PostgresMigrations.STEPS;
        for (PostgresMigrations.Step step : steps) {
            DatabaseLocation.Postgres location = TestPostgres.cluster().freshDatabase();
            Jdbi jdbi = jdbi(location);
            PostgresMigrations.run(jdbi, step.version());
            assertEquals(step.version(), (int) jdbi.withHandle(PostgresMigrations::version));
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO users (id, name, password_hash, role, created_at) VALUES ('u1', 'Old', 'h',"
                        + " 'owner', 1)");
                h.execute("INSERT INTO templates (id, user_id, position, name, body, created_at, updated_at)"
                        + " VALUES ('t1', 'u1', 1, 'Old', '{}', 1, 1)");
            });
            try (Database db = Database.open(location)) {
                assertEquals(Migrations.latest(), db.schemaVersion(), "from step " + step);
                assertEquals("Old", db.read(h -> h.createQuery("SELECT name FROM templates WHERE id = 't1'")
                        .mapTo(String.class).one()), "from step " + step);
            }
        }
    }

    /** V10's code half on PostgreSQL: old sets point at their exercise, by alias too, and bests are made anew. */
    @Test
    void version10PointsEveryLoggedSetAtItsExercise() {
        DatabaseLocation.Postgres location = TestPostgres.cluster().freshDatabase();
        Jdbi jdbi = jdbi(location);
        PostgresMigrations.run(jdbi, 9);
        jdbi.useHandle(h -> h.execute("INSERT INTO workout_sets (user_id, session_id, started_at, exercise_index,"
                + " exercise, set_index, reps, weight, e1rm) VALUES ('u1', 'a', 1000, 0, 'Barbell Bench Press', 0, 5,"
                + " 100, 116.7), ('u1', 'b', 2000, 0, 'bench press', 0, 5, 110, 128.3), ('u1', 'b', 2000, 1,"
                + " 'Mystery Move', 0, 8, 20, 25.3)"));
        try (Database db = Database.open(location)) {
            assertEquals(List.of("a bench-press", "b bench-press", "b c-"), db.read(h -> h.createQuery(
                    "SELECT session_id || ' ' || LEFT(exercise_id, CASE WHEN exercise_id LIKE 'c-%' THEN 2 ELSE 99 END)"
                            + " FROM workout_sets ORDER BY session_id, exercise_index").mapTo(String.class).list()));
            assertEquals("Mystery Move weight_reps 2000", db.read(h -> h.createQuery("SELECT name || ' ' || kind"
                    + " || ' ' || created_at FROM custom_exercises WHERE user_id = 'u1'").mapTo(String.class).one()));
            assertEquals(List.of(110.0, 100.0), db.read(h -> h.createQuery("SELECT heaviest_weight"
                    + " FROM exercise_bests WHERE exercise_id = 'bench-press' ORDER BY started_at DESC")
                    .mapTo(Double.class).list()));
        }
    }

    @Test
    void twoServersStartingAtOnceMigrateOnce() throws Exception {
        DatabaseLocation.Postgres location = TestPostgres.cluster().freshDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Database>> opened = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(pool.submit(() -> Database.open(location)));
            }
            for (Future<Database> future : opened) {
                try (Database db = future.get(60, TimeUnit.SECONDS)) {
                    assertEquals(Migrations.latest(), db.schemaVersion());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, (int) jdbi(location).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_version")
                .mapTo(Integer.class).one()));
    }

    @Test
    void aDatabaseFromANewerSpotterIsRefusedUntouched() {
        DatabaseLocation.Postgres location = TestPostgres.cluster().freshDatabase();
        Database.open(location).close();
        jdbi(location).useHandle(h -> h.execute("UPDATE schema_version SET version = 99"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(location));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertEquals(99, (int) jdbi(location).withHandle(PostgresMigrations::version));
    }

    @Test
    void aWrongPasswordStopsStartUpNamingTheDatabaseButNotThePassword() {
        DatabaseLocation.Postgres right = TestPostgres.cluster().freshDatabase();
        DatabaseLocation.Postgres wrong = new DatabaseLocation.Postgres(right.url(), right.user(), "not-it-42");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(wrong));
        assertTrue(e.getMessage().contains(right.url()) && e.getMessage().contains("password authentication failed"),
                e.getMessage());
        assertFalse(e.getMessage().contains("not-it-42"), e.getMessage());
    }

    private static Map<String, List<String>> sqliteColumns(Database db) {
        return db.read(h -> group(h.createQuery("SELECT m.name, c.name FROM sqlite_master m,"
                        + " pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.name")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list()));
    }

    private static Map<String, List<String>> postgresColumns(Handle h) {
        return group(h.createQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name <> 'schema_version'"
                        + " ORDER BY table_name, column_name COLLATE \"C\"")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
    }

    /** Each named index with its columns in order (the automatic primary key and unique indexes left out). */
    private static Map<String, List<String>> sqliteIndexes(Database db) {
        return db.read(h -> group(h.createQuery("SELECT m.name, i.name FROM sqlite_master m,"
                + " pragma_index_info(m.name) i WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY m.name, i.seqno")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list()));
    }

    private static Map<String, List<String>> postgresIndexes(Handle h) {
        return group(h.createQuery("SELECT i.relname, a.attname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, seq)"
                        + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                        + " WHERE n.nspname = current_schema() AND NOT x.indisprimary AND NOT x.indisunique"
                        + " ORDER BY i.relname, k.seq")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
    }

    private static Map<String, List<String>> group(List<String[]> rows) {
        Map<String, List<String>> grouped = new TreeMap<>();
        for (String[] row : rows) {
            grouped.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return grouped;
    }
}
