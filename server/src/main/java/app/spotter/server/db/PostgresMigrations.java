package app.spotter.server.db;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The schema steps of a PostgreSQL database, under {@code /db/postgresql/}. Its version sits in a one-row
 * {@code schema_version} table, updated in the transaction of each step; every step first takes a
 * transaction-level advisory lock, so two servers starting at once take turns and the second finds the work done.
 *
 * <p>No PostgreSQL database ever held the SQLite file's early schemas, so the first step creates the whole schema
 * of version 6 at once; later steps follow the SQLite steps one for one, under the same numbers.
 */
final class PostgresMigrations {
    /** A step: the version it brings the database to and its script. Append, never edit. */
    record Step(int version, String script) {
    }

    static final List<Step> STEPS = List.of(new Step(6, "V6__schema.sql"), new Step(7, "V7__sign_in_strikes.sql"),
            new Step(8, "V8__exercise_bests.sql"), new Step(9, "V9__custom_exercises.sql"),
            new Step(10, "V10__exercise_ids.sql"), new Step(11, "V11__record_buckets.sql"));

    /** The key of the advisory lock that migrating takes (any fixed number; "spotter" in ASCII). */
    private static final long MIGRATION_LOCK = 0x73706f74746572L;

    private PostgresMigrations() {
    }

    /** Applies every step up to {@code target} that is missing; returns the version before. */
    static int run(Jdbi jdbi, int target) {
        int before = jdbi.inTransaction(h -> {
            lock(h);
            return version(h);
        });
        int latest = STEPS.get(STEPS.size() - 1).version();
        if (before > latest) {
            throw new IllegalStateException("the database has schema version " + before
                    + ", newer than this server knows (" + latest + "); use a newer Spotter");
        }
        for (Step step : STEPS) {
            if (step.version() > target) {
                break;
            }
            String sql = Migrations.script("/db/postgresql/" + step.script());
            jdbi.useTransaction(h -> {
                lock(h);
                // Another server may have applied it while this one waited for the lock.
                if (version(h) < step.version()) {
                    h.createScript(sql).execute();
                    Migrations.afterScript(h, step.version());
                    h.createUpdate("UPDATE schema_version SET version = :version").bind("version", step.version())
                            .execute();
                }
            });
        }
        return before;
    }

    /** Waits for the migration lock (released at the transaction's end) and makes sure the version row exists. */
    private static void lock(Handle h) {
        h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", MIGRATION_LOCK).mapTo(Integer.class)
                .one();
        h.execute("CREATE TABLE IF NOT EXISTS schema_version (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE"
                + " CHECK (only_row), version INTEGER NOT NULL)");
        h.execute("INSERT INTO schema_version (version) VALUES (0) ON CONFLICT DO NOTHING");
    }

    static int version(Handle h) {
        return h.createQuery("SELECT version FROM schema_version").mapTo(Integer.class).one();
    }
}
