package app.spotter.server.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.templates.StarterTemplates;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real server with SIGKILL while clients sync drafts and log workouts, restarts it on the same file, and
 * checks that every write it acknowledged is there and that the file is sound.
 */
class KillCycleTest {
    /** A few in the default lane; scripts/soak runs 100 ({@code -Dspotter.soak.cycles}). */
    private static final int CYCLES = Integer.getInteger("spotter.soak.cycles", 5);
    private static final int SYNC_CLIENTS = 3;
    private static final int LOG_CLIENTS = 3;
    private static final long T0 = 1_700_000_000_000L;
    private static final Template BIG = StarterTemplates.all().get(1);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> ackedWorkouts = ConcurrentHashMap.newKeySet();
    /** Workouts acknowledged since the last read-back: each cycle reads back what lived through the last kill. */
    private final Set<String> unverifiedWorkouts = ConcurrentHashMap.newKeySet();
    /** exercise index -> highest set index whose completion the server acknowledged. */
    private final Map<Integer, Integer> ackedSets = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    /** The owner's sign-in cookie; sign-ins are stored, so it stays valid across the restarts. */
    private String cookie;

    @Test
    void everyAcknowledgedWriteSurvivesRepeatedSigkill() throws Exception {
        Path db = dir.resolve("spotter.db");
        String sessionId = "kill-cycle-session";
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            ServerProcess server = ServerProcess.start(db);
            try {
                if (cookie == null) {
                    cookie = setUpOwner(server);
                }
                verify(server, sessionId, Set.copyOf(unverifiedWorkouts));
                runClientsUntilKilled(server, sessionId, cycle);
            } finally {
                server.kill();
            }
            assertEquals("ok", integrityCheck(db), "the file is sound after kill " + (cycle + 1));
            if ((cycle + 1) % 10 == 0) {
                System.out.printf("kill cycles so far: %d, acknowledged workouts: %d%n", cycle + 1, ackedWorkouts.size());
            }
        }
        ServerProcess last = ServerProcess.start(db);
        try {
            verify(last, sessionId, Set.copyOf(ackedWorkouts));
        } finally {
            last.kill();
        }
        assertEquals("ok", integrityCheck(db));
        assertTrue(ackedWorkouts.size() > CYCLES, "the test really logged workouts: " + ackedWorkouts.size());
        assertTrue(!ackedSets.isEmpty(), "the test really synced sets");
        System.out.printf("kill cycles: %d, write attempts: %d, acknowledged workouts: %d, acknowledged sets: %s%n",
                CYCLES, attempts.get(), ackedWorkouts.size(), ackedSets);
    }

    private static String integrityCheck(Path db) {
        return Jdbi.create("jdbc:sqlite:" + db).withHandle(h ->
                h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }

    /** Clients write until the server dies under them at a point that differs from cycle to cycle. */
    private void runClientsUntilKilled(ServerProcess server, String sessionId, int cycle) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(SYNC_CLIENTS + LOG_CLIENTS);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < SYNC_CLIENTS; c++) {
            int exercise = c;
            clients.add(new Thread(() -> syncLoop(server, sessionId, exercise, running, started)));
        }
        for (int c = 0; c < LOG_CLIENTS; c++) {
            String prefix = "cycle" + cycle + "-client" + c + "-";
            clients.add(new Thread(() -> logLoop(server, prefix, running, started)));
        }
        int workoutsBefore = ackedWorkouts.size();
        int attemptsBefore = attempts.get();
        clients.forEach(Thread::start);
        started.await();
        // Kill at a point that moves from cycle to cycle, counted in writes (not time, which a busy machine
        // stretches): after this cycle's first acknowledged workout and 20 to 305 attempts, the count rising
        // over each run of 20 cycles, so a long soak meets early and late kill points alike in bounded time.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int killAfter = 20 + (cycle % 20) * 15;
        while (ackedWorkouts.size() == workoutsBefore || attempts.get() - attemptsBefore < killAfter) {
            assertTrue(System.nanoTime() < deadline, "no acknowledged workout within 60 s in cycle " + cycle);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        server.kill();
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
    }

    /** Reads back {@code workouts} one by one and every acknowledged set completion from the draft. */
    private void verify(ServerProcess server, String sessionId, Set<String> workouts) throws Exception {
        for (String id : workouts) {
            assertEquals(200, send(request(server.url("/api/workouts/" + id)).GET())
                    .statusCode(), "acknowledged workout " + id + " is there");
        }
        unverifiedWorkouts.removeAll(workouts);
        if (ackedSets.isEmpty()) {
            return;
        }
        HttpResponse<String> draft = send(request(server.url("/api/session-draft")).GET());
        assertEquals(200, draft.statusCode());
        Workout stored = WorkoutCodec.read(draft.body());
        assertEquals(sessionId, stored.sessionId());
        ackedSets.forEach((exercise, lastSet) -> {
            for (int s = 0; s <= lastSet; s++) {
                assertTrue(stored.exercise("e" + exercise).set("e" + exercise + ".s" + s).isDone(),
                        "acknowledged set " + exercise + "/" + s + " is there");
            }
        });
    }

    /** Completes this client's exercise set by set, then keeps re-sending its copy with every set done. */
    private void syncLoop(ServerProcess server, String sessionId, int exercise, AtomicBoolean running,
                          CountDownLatch started) {
        // Every device starts the one session alike (same creation stamp), then stamps its own completions.
        Workout copy = SessionEdits.start(BIG, sessionId, new Stamp(T0, 0, "start"), T0);
        String exerciseId = "e" + exercise;
        int sets = BIG.exercises().get(exercise).sets().size();
        started.countDown();
        for (int round = 0; running.get(); round++) {
            int set = Math.min(round, sets - 1);
            String setId = exerciseId + ".s" + set;
            if (!copy.exercise(exerciseId).set(setId).isDone()) {
                long at = T0 + 1000L * (round + 1);
                copy = SetEdits.completeSet(copy, exerciseId, setId, new Stamp(at, 0, "client" + exercise), at);
            }
            attempts.incrementAndGet();
            try {
                HttpResponse<String> reply = send(json(server.url("/api/session-draft?baseRevision=0")).PUT(
                        HttpRequest.BodyPublishers.ofString(WorkoutCodec.write(copy))));
                if (reply.statusCode() == 200) {
                    ackedSets.merge(exercise, set, Math::max);
                }
            } catch (Exception e) {
                return;
            }
        }
    }

    private void logLoop(ServerProcess server, String prefix, AtomicBoolean running, CountDownLatch started) {
        started.countDown();
        for (int n = 0; running.get(); n++) {
            String id = prefix + n;
            long start = T0 + n * 10_000L;
            Workout begun = SessionEdits.start(BIG, id, new Stamp(start, 0, "logger"), start);
            Workout done = SetEdits.completeSet(begun, "e0", "e0.s0", new Stamp(start + 1000, 0, "logger"),
                    start + 1000);
            Workout workout = SessionEdits.finish(done, new Stamp(start + 5000, 0, "logger"), start + 5000);
            attempts.incrementAndGet();
            try {
                HttpResponse<String> reply = send(json(server.url("/api/workouts")).POST(
                        HttpRequest.BodyPublishers.ofString(WorkoutCodec.write(workout))));
                if (reply.statusCode() == 201 || reply.statusCode() == 200) {
                    ackedWorkouts.add(id);
                    unverifiedWorkouts.add(id);
                }
            } catch (Exception e) {
                return;
            }
        }
    }

    private String setUpOwner(ServerProcess server) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/setup")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"owner\",\"password\":\"kill cycle password\"}")));
        assertEquals(201, reply.statusCode(), reply.body());
        return reply.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).header("Cookie", cookie);
    }

    private HttpRequest.Builder json(String url) {
        return request(url).header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
