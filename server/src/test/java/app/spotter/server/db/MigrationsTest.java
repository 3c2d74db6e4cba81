package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedWithTheWholeSchemaAndTheSafetySettings() {
        Path file = dir.resolve("sub/folder/spotter.db");
        Database db = Database.open(file);
        assertTrue(Files.exists(file));
        assertEquals(Migrations.STEPS.size(), db.schemaVersion());
        assertEquals("wal", db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
        assertEquals((Integer) 1, db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
        assertEquals((Integer) 2, db.read(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()), "FULL");
        assertEquals((Integer) 5000, db.read(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()));
    }

    @Test
    void anOldFileIsUpgradedKeepingItsData() {
        Path file = dir.resolve("old.db");
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file);
        Migrations.run(jdbi, 1);
        jdbi.useHandle(h -> h.execute("INSERT INTO templates (id, position, name, body, created_at, updated_at)"
                + " VALUES ('t1', 1, 'Old', '{\"name\":\"Old\",\"exercises\":[]}', 1, 1)"));
        assertEquals(1, jdbi.withHandle(Migrations::version));

        Database db = Database.open(file);
        assertEquals(Migrations.STEPS.size(), db.schemaVersion());
        assertEquals("Old", db.read(h -> h.createQuery("SELECT name FROM templates WHERE id = 't1'")
                .mapTo(String.class).one()));
        assertEquals((Integer) 0, db.read(h -> h.createQuery("SELECT COUNT(*) FROM workouts").mapTo(Integer.class).one()));
    }

    @Test
    void aVersion2FileGetsItsLoggedSetsIndexedAndItsDataAdoptedByAUser() {
        Path file = dir.resolve("v2.db");
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file);
        Migrations.run(jdbi, 2);
        var session = app.spotter.session.WorkoutSession.start(new app.spotter.templates.WorkoutTemplate("t1", "Push", java.util.List.of(
                new app.spotter.templates.ExercisePlan("Bench press", 60, java.util.List.of(
                        new app.spotter.templates.SetTarget(5, 50))),
                new app.spotter.templates.ExercisePlan("Overhead press", 60, java.util.List.of(
                        new app.spotter.templates.SetTarget(5, 30))))), "s1", 1000)
                .completeSet(0, 0, 2000).completeSet(1, 0, 3000).finish(60_000);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO workouts VALUES ('s1', 't1', 'Push', 1000, 60000, 59, 2,"
                + " 100.0, :body, 60000)").bind("body", app.spotter.json.SessionCodec.write(session)).execute());

        Database db = Database.open(file);
        assertEquals((Integer) 2, db.read(h -> h.createQuery("SELECT COUNT(*) FROM workout_sets WHERE user_id = ''"
                + " AND session_id = 's1'").mapTo(Integer.class).one()));
        assertEquals("Overhead press", db.read(h -> h.createQuery("SELECT exercise FROM workout_sets"
                + " WHERE exercise_index = 1").mapTo(String.class).one()));
    }

    @Test
    void version5RecordsAWorkoutDeletedUnderTheFirstReleaseAsDeletedAndIndexesSetsByKind() {
        Path file = dir.resolve("v4.db");
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + file);
        Migrations.run(jdbi, 4);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO ended_sessions VALUES ('u', 'kept', 'finished', 1), ('u', 'gone', 'finished', 2),"
                    + " ('u', 'dropped', 'discarded', 3)");
            h.execute("INSERT INTO workouts VALUES ('u', 'kept', '', 'Push', 1000, 60000, 59, 1, 250.0, '{}', 60000)");
            h.execute("INSERT INTO workout_sets (user_id, session_id, started_at, exercise_index, exercise, set_index,"
                    + " reps, weight, e1rm) VALUES ('u', 'kept', 1000, 0, 'Bench press', 0, 5, 50, 58.3)");
        });
        Database db = Database.open(file);
        assertEquals(java.util.List.of("dropped:discarded", "gone:deleted", "kept:finished"), db.read(h -> h
                .createQuery("SELECT session_id || ':' || reason FROM ended_sessions ORDER BY session_id")
                .mapTo(String.class).list()));
        assertEquals("weight_reps normal 0 0.0 0.0", db.read(h -> h.createQuery("SELECT kind || ' ' || set_type"
                + " || ' ' || duration_seconds || ' ' || printf('%.1f', distance_meters) || ' ' || printf('%.1f', rpe)"
                + " FROM workout_sets").mapTo(String.class).one()));
    }

    @Test
    void reopeningAnUpToDateFileChangesNothing() {
        Path file = dir.resolve("a.db");
        Database.open(file);
        Database again = Database.open(file);
        assertEquals(Migrations.STEPS.size(), again.schemaVersion());
    }

    @Test
    void aFileFromANewerVersionIsRefusedNotDamaged() {
        Path file = dir.resolve("future.db");
        Jdbi.create("jdbc:sqlite:" + file).useHandle(h -> h.execute("PRAGMA user_version = 99"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }
}
