package app.spotter.server.db;

import org.jdbi.v3.core.Handle;

/**
 * How write transactions on a shared PostgreSQL database keep apart when several servers use it: advisory locks
 * held until the transaction ends, taken first thing in it. A write about one user's data locks that user (two
 * users' writes run side by side); a write that may touch anyone's (accounts, sign-ins) locks the whole database.
 * The per-user writes also hold the whole-database lock shared, so the two kinds exclude each other.
 *
 * <p>Why locks and not SERIALIZABLE with retries: every write here reads, merges in Java and writes back (a draft
 * sync merges documents, logging a workout merges its draft and its logged copy); under SERIALIZABLE the second
 * of two servers merging the same user's draft would fail with 40001 and redo its merge, over and over under load,
 * and a Strong import, which stores its rows in batches as it reads the file, cannot re-read a batch. Waiting on
 * a lock keyed by the user does the work once, in arrival order, as SQLite's one writer does in one process.
 * Every wait is bounded by {@link #LOCK_TIMEOUT}: a stuck writer fails the request instead of hanging it.
 */
final class WriteLocks {
    /** The whole-database key (bigint key space; the per-user keys are in the two-int space). */
    private static final long WHOLE_DATABASE = 0x73706f7477726974L;
    /** The first int of the per-user keys; the second is the hash of the user id. */
    private static final int USER_SPACE = 0x73707472;
    static final String LOCK_TIMEOUT = "15s";

    private WriteLocks() {
    }

    /** Locks the whole database for this transaction. */
    static void wholeDatabase(Handle h) {
        boundWaits(h);
        h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", WHOLE_DATABASE)
                .mapTo(Integer.class).one();
    }

    /** Locks one user's data for this transaction. */
    static void user(Handle h, String userId) {
        boundWaits(h);
        h.createQuery("SELECT 1 FROM pg_advisory_xact_lock_shared(:key)").bind("key", WHOLE_DATABASE)
                .mapTo(Integer.class).one();
        h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:space, hashtext(:user))").bind("space", USER_SPACE)
                .bind("user", userId).mapTo(Integer.class).one();
    }

    private static void boundWaits(Handle h) {
        h.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
    }
}
