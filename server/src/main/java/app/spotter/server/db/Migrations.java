package app.spotter.server.db;

import app.spotter.server.exercises.ExerciseIdsUpgrade;
import app.spotter.server.history.RecordBuckets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Versioned schema changes, applied in order at start. A SQLite file's version is its {@code user_version}; each
 * step runs in its own transaction together with the version bump, so a crash leaves the file at a whole version.
 * PostgreSQL keeps its version in {@link PostgresMigrations}' one-row table.
 */
public final class Migrations {
    /** The scripts under {@code /db/}, in order; step N brings the file to version N. Append, never edit. */
    static final List<String> STEPS = List.of("V1__templates.sql", "V2__sessions_and_log.sql",
            "V3__accounts.sql", "V4__workout_sets.sql", "V5__model_two.sql",
            "V6__workout_sets_by_kind.sql", "V7__sign_in_strikes.sql", "V8__exercise_bests.sql",
            "V9__custom_exercises.sql", "V10__exercise_ids.sql", "V11__record_buckets.sql");

    /**
     * Steps whose script is followed by code, in the same transaction, on both dialects: what needs the server's
     * own knowledge (the exercise catalog) rather than SQL alone.
     */
    static final Map<Integer, Consumer<Handle>> AFTER_SCRIPT = Map.of(10, ExerciseIdsUpgrade::fill,
            11, RecordBuckets::fillAll);

    private Migrations() {
    }

    /** The schema version this server brings every database to, on either dialect. */
    public static int latest() {
        return STEPS.size();
    }

    /** Applies the missing steps to a SQLite file and returns the version the file had before. */
    public static int run(Jdbi jdbi) {
        return run(jdbi, STEPS.size());
    }

    /** Applies the missing steps in the dialect's scripts and returns the version the database had before. */
    static int run(Jdbi jdbi, Database.Dialect dialect) {
        return dialect == Database.Dialect.POSTGRESQL ? PostgresMigrations.run(jdbi, latest()) : run(jdbi);
    }

    static int run(Jdbi jdbi, int target) {
        int before = jdbi.withHandle(Migrations::version);
        if (before > STEPS.size()) {
            throw new IllegalStateException("the database file has schema version " + before
                    + ", newer than this server knows (" + STEPS.size() + "); use a newer Spotter");
        }
        for (int step = before + 1; step <= target; step++) {
            String sql = script("/db/" + STEPS.get(step - 1));
            int version = step;
            jdbi.useTransaction(handle -> {
                handle.createScript(sql).execute();
                afterScript(handle, version);
                handle.execute("PRAGMA user_version = " + version);
            });
        }
        return before;
    }

    static void afterScript(Handle handle, int version) {
        Consumer<Handle> code = AFTER_SCRIPT.get(version);
        if (code != null) {
            code.accept(handle);
        }
    }

    static int version(Handle handle) {
        return handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
    }

    static int versionOf(Handle handle, Database.Dialect dialect) {
        return dialect == Database.Dialect.POSTGRESQL ? PostgresMigrations.version(handle) : version(handle);
    }

    static String script(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
