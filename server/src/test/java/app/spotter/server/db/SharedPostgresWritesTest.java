package app.spotter.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.drafts.DraftStore;
import app.spotter.server.support.SessionDocs;
import app.spotter.server.support.TestPostgres;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two servers (two Database instances, two pools) writing the same user's data in one PostgreSQL database. */
class SharedPostgresWritesTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String USER = "u1";
    private static final int EXERCISES = 4;
    private static final int SETS = 5;

    private Database first;
    private Database second;
    private ExecutorService threads;

    @BeforeEach
    void twoServersOnOneDatabase() {
        DatabaseLocation location = TestPostgres.cluster().freshDatabase();
        first = Database.open(location);
        second = Database.open(location);
        threads = Executors.newFixedThreadPool(2 * Database.POOL_SIZE);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        first.close();
        second.close();
    }

    @Test
    void concurrentDraftSyncsFromBothServersLoseNoCompletedSet() throws Exception {
        DraftStore[] stores = {new DraftStore(first, () -> T0), new DraftStore(second, () -> T0)};
        Workout base = SessionDocs.start(SessionDocs.sized("Big", EXERCISES, SETS), "s1", T0, "a");
        stores[0].sync(USER, base, 0, false);
        List<Callable<DraftStore.SyncResult>> syncs = new ArrayList<>();
        int device = 0;
        for (int e = 0; e < EXERCISES; e++) {
            for (int s = 0; s < SETS; s++) {
                // Each device completes one set on its own copy of the start: only the merge keeps them all.
                Workout copy = SessionDocs.complete(base, e, s, SessionDocs.at(T0 + 1000 + device, "d" + device));
                DraftStore store = stores[device % 2];
                syncs.add(() -> store.sync(USER, copy, 1, false));
                device++;
            }
        }
        for (DraftStore.SyncResult result : runTogether(syncs)) {
            assertTrue(result instanceof DraftStore.SyncResult.Merged, result.toString());
        }
        DraftStore.Stored stored = stores[1].current(USER).orElseThrow();
        for (int e = 0; e < EXERCISES; e++) {
            for (int s = 0; s < SETS; s++) {
                assertTrue(SessionDocs.done(stored.draft(), e, s), "set " + e + "." + s + " was lost");
            }
        }
        assertEquals(1 + EXERCISES * SETS, stored.revision(), "every merge that changed the draft counted once");
    }

    @Test
    void theSameWorkoutLoggedAtOnceThroughBothServersIsLoggedOnce() throws Exception {
        WorkoutLog[] logs = {new WorkoutLog(first, () -> T0), new WorkoutLog(second, () -> T0)};
        Workout done = SessionDocs.start(SessionDocs.sized("Big", EXERCISES, SETS), "s2", T0, "a");
        for (int s = 0; s < SETS; s++) {
            done = SessionDocs.complete(done, 0, s, SessionDocs.at(T0 + 1000 + s, "a"));
        }
        Workout finished = SessionDocs.finish(done, SessionDocs.at(T0 + 60_000, "a"));
        List<Callable<WorkoutLog.Outcome>> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            WorkoutLog log = logs[i % 2];
            posts.add(() -> log.log(USER, finished, false));
        }
        int created = 0;
        for (WorkoutLog.Outcome outcome : runTogether(posts)) {
            assertTrue(outcome instanceof WorkoutLog.Outcome.Stored, outcome.toString());
            created += ((WorkoutLog.Outcome.Stored) outcome).created() ? 1 : 0;
        }
        assertEquals(1, created, "exactly one of the posts logged it; the others found it logged");
        assertEquals(1, count("SELECT COUNT(*) FROM workouts WHERE user_id = 'u1'"));
        assertEquals(SETS, count("SELECT COUNT(*) FROM workout_sets WHERE user_id = 'u1'"));
        assertEquals(1, count("SELECT COUNT(*) FROM ended_sessions WHERE user_id = 'u1'"));
    }

    private long count(String sql) {
        return first.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Starts every call at the same moment; waits for all of them (bounded) and returns their results. */
    private <T> List<T> runTogether(List<Callable<T>> calls) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(threads.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
