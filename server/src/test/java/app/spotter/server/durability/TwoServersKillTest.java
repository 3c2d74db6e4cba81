package app.spotter.server.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.support.TestPostgres;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.validation.Limits;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Two server processes on one PostgreSQL database, three clients each sending every request to the other server
 * than its last: draft syncs of one shared session and workout logs, some re-sent to the other server. One server
 * is SIGKILLed mid-stream and restarted on the same database while the clients keep going.
 */
class TwoServersKillTest {
    private static final int CLIENTS = 3;
    /** Writes the doomed server acknowledges before its kill, and its restarted self after: mid-stream both times. */
    private static final int ACKS_PER_PHASE = 25;
    private static final int ROUNDS_PER_SET = 3;
    private static final long T0 = 1_700_000_000_000L;
    private static final Template BIG = StarterTemplates.all().get(1);
    private static final String SHARED_SESSION = "two-servers-session";
    private static final String SURVIVOR = "A";
    private static final String KILLED = "B";
    private static final String RESTARTED = "B restarted";

    /** A server as the clients see it: its name in the bookkeeping and the process behind it. */
    private record Target(String name, ServerProcess process) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReferenceArray<Target> targets = new AtomicReferenceArray<>(2);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> attemptedWorkouts = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedWorkouts = ConcurrentHashMap.newKeySet();
    /** Workouts a request to the killed server carried when its connection broke: they may or may not be stored. */
    private final Set<String> inFlightAtKill = ConcurrentHashMap.newKeySet();
    /** exercise index -> highest set index whose completion some server acknowledged. */
    private final Map<Integer, Integer> ackedSets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acksBy = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> statusesSeen = new ConcurrentHashMap<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private String cookie;

    @Test
    void everyAcknowledgedWriteIsThereOnceWhenOneOfTwoServersIsKilledMidStream() throws Exception {
        DatabaseLocation.Postgres db = TestPostgres.cluster().freshDatabase();
        Map<String, String> env = Map.of("SPOTTER_DB_USER", db.user(), "SPOTTER_DB_PASSWORD", db.password());
        List<ServerProcess> started = new ArrayList<>();
        try {
            started.add(ServerProcess.start(db.url(), env));
            started.add(ServerProcess.start(db.url(), env));
            targets.set(0, new Target(SURVIVOR, started.get(0)));
            targets.set(1, new Target(KILLED, started.get(1)));
            cookie = setUpOwner(started.get(0));
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(new Thread(() -> clientLoop(client), "client-" + c));
            }
            clients.forEach(Thread::start);
            awaitAcks(KILLED);
            started.get(1).kill();
            // The clients keep going meanwhile: every other request of theirs meets the dead server's port.
            started.add(ServerProcess.start(db.url(), env));
            targets.set(1, new Target(RESTARTED, started.get(2)));
            awaitAcks(RESTARTED);
            running.set(false);
            for (Thread client : clients) {
                client.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertTrue(problems.isEmpty(), "what the clients met: " + problems);
            verifyOverHttp(started.get(0));
            verifyOverHttp(started.get(2));
            verifyInDatabase(db);
            System.out.printf("two servers: answers %s, acknowledged by %s, workouts acknowledged %d of %d, "
                    + "in flight at the kill %d, sets %s%n", statusesSeen, acksBy, ackedWorkouts.size(),
                    attemptedWorkouts.size(), inFlightAtKill.size(), ackedSets);
        } finally {
            running.set(false);
            for (ServerProcess server : started) {
                server.close();
            }
        }
    }

    /** Waits, bounded, until {@code server} has acknowledged a phase's writes; fails at once on a problem. */
    private void awaitAcks(String server) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acksBy.computeIfAbsent(server, s -> new AtomicInteger()).get() < ACKS_PER_PHASE) {
            assertTrue(problems.isEmpty(), "what the clients met: " + problems);
            assertTrue(System.nanoTime() < deadline, server + " acknowledged " + acksBy + " within 60 s");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /**
     * Completes this client's exercise of the shared session set by set, syncing its copy, and logs workouts of its
     * own, every third one sent again to the other server; each request goes to the other server than the last.
     */
    private void clientLoop(int client) {
        Workout draft = SessionEdits.start(BIG, SHARED_SESSION, new Stamp(T0, 0, "start"), T0);
        String exercise = "e" + client;
        int turn = client;
        try {
            for (int n = 0; running.get(); n++) {
                // A set every few rounds, added beyond the template's, so completions go on before and after the kill.
                int set = Math.min(n / ROUNDS_PER_SET, Limits.SETS_MAX - 1);
                String setId = exercise + ".s" + set;
                Stamp stamp = new Stamp(T0 + 1000L * (n + 1), 0, "client" + client);
                if (draft.exercise(exercise).set(setId) == null) {
                    draft = SetEdits.addSet(draft, exercise, setId, stamp);
                }
                if (!draft.exercise(exercise).set(setId).isDone()) {
                    draft = SetEdits.completeSet(draft, exercise, setId, new Stamp(stamp.millis(), 1, stamp.node()),
                            stamp.millis());
                }
                Target syncTo = targets.get(turn++ % 2);
                Optional<HttpResponse<String>> synced = send(syncTo, null, json(syncTo, "/api/session-draft"
                        + "?baseRevision=0").PUT(HttpRequest.BodyPublishers.ofString(WorkoutCodec.write(draft))));
                if (expect(syncTo, synced, "a draft sync", 200)) {
                    ackedSets.merge(client, set, Math::max);
                }
                logWorkout(client, n, turn);
                turn += n % 3 == 0 ? 2 : 1;
            }
        } catch (Exception | AssertionError e) {
            problems.add("client " + client + " stopped: " + e);
        }
    }

    /** Logs a workout of its own; every third is sent again, to the other server: stored once, 201 then 200. */
    private void logWorkout(int client, int n, int turn) throws Exception {
        String id = "client" + client + "-" + n;
        long start = T0 + n * 10_000L;
        Workout begun = SessionEdits.start(BIG, id, new Stamp(start, 0, "logger"), start);
        Workout done = SetEdits.completeSet(begun, "e0", "e0.s0", new Stamp(start + 1000, 0, "logger"), start + 1000);
        String body = WorkoutCodec.write(SessionEdits.finish(done, new Stamp(start + 5000, 0, "logger"),
                start + 5000));
        attemptedWorkouts.add(id);
        Target first = targets.get(turn % 2);
        Optional<HttpResponse<String>> logged = send(first, id, json(first, "/api/workouts")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        boolean stored = expect(first, logged, "a first post of " + id, 201);
        if (stored) {
            ackedWorkouts.add(id);
        }
        if (n % 3 != 0) {
            return;
        }
        Target again = targets.get((turn + 1) % 2);
        Optional<HttpResponse<String>> resent = send(again, id, json(again, "/api/workouts")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        // Unanswered, the first post may still have committed: then the re-send finds it (200), else stores it.
        int[] allowed = stored ? new int[] {200} : new int[] {200, 201};
        if (expect(again, resent, "a re-send of " + id, allowed)) {
            ackedWorkouts.add(id);
        }
    }

    /** True when {@code reply} came and is one of {@code allowed} (counted as an ack); a wrong answer is a problem. */
    private boolean expect(Target target, Optional<HttpResponse<String>> reply, String what, int... allowed) {
        if (reply.isEmpty()) {
            return false;
        }
        int status = reply.get().statusCode();
        for (int ok : allowed) {
            if (status == ok) {
                acksBy.computeIfAbsent(target.name(), s -> new AtomicInteger()).incrementAndGet();
                return true;
            }
        }
        problems.add(target.name() + " answered " + what + " with " + status + ": " + reply.get().body());
        return false;
    }

    /**
     * The answer, or empty when the connection failed, which only the killed server may do; {@code workoutId} is
     * the workout the request carried, if any.
     */
    private Optional<HttpResponse<String>> send(Target target, String workoutId, HttpRequest.Builder request)
            throws InterruptedException {
        try {
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statusesSeen.computeIfAbsent(target.name() + " " + reply.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
            return Optional.of(reply);
        } catch (java.io.IOException e) {
            statusesSeen.computeIfAbsent(target.name() + " no answer", s -> new AtomicInteger()).incrementAndGet();
            if (!target.name().equals(KILLED)) {
                problems.add("the connection to " + target.name() + ", which nobody killed, failed: " + e);
            } else if (workoutId != null && !(e instanceof java.net.ConnectException)) {
                // Refused connections never reached the server; a broken one may have committed before the kill.
                inFlightAtKill.add(workoutId);
            }
            return Optional.empty();
        }
    }

    /** Every acknowledged workout reads back from {@code server}, and the shared draft holds every acknowledged set. */
    private void verifyOverHttp(ServerProcess server) throws Exception {
        for (String id : ackedWorkouts) {
            assertEquals(200, http.send(request(server, "/api/workouts/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "acknowledged workout " + id + " on " + server
                    .url(""));
        }
        HttpResponse<String> draft = http.send(request(server, "/api/session-draft").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, draft.statusCode(), draft.body());
        Workout merged = WorkoutCodec.read(draft.body());
        assertEquals(SHARED_SESSION, merged.sessionId());
        assertEquals(CLIENTS, ackedSets.size(), "every client had a sync acknowledged: " + ackedSets);
        ackedSets.forEach((exercise, lastSet) -> {
            for (int s = 0; s <= lastSet; s++) {
                assertTrue(merged.exercise("e" + exercise).set("e" + exercise + ".s" + s).isDone(),
                        "acknowledged set " + exercise + "/" + s + " is in the merged draft");
            }
        });
    }

    /**
     * In the database: each workout once, every acknowledged one there, and any other only one whose request the
     * kill cut off (it may have committed without its answer getting out).
     */
    private void verifyInDatabase(DatabaseLocation.Postgres location) {
        try (Database db = Database.open(location)) {
            Map<String, Integer> rows = new ConcurrentHashMap<>();
            db.read(h -> h.createQuery("SELECT session_id, COUNT(*) AS n FROM workouts GROUP BY session_id")
                    .map((rs, ctx) -> rows.put(rs.getString("session_id"), rs.getInt("n"))).list());
            rows.forEach((id, n) -> assertEquals(1, n, id + " is logged once"));
            Set<String> missing = new HashSet<>(ackedWorkouts);
            missing.removeAll(rows.keySet());
            assertTrue(missing.isEmpty(), "acknowledged but not stored: " + missing);
            Set<String> unacknowledged = new HashSet<>(rows.keySet());
            unacknowledged.removeAll(ackedWorkouts);
            unacknowledged.removeAll(inFlightAtKill);
            assertTrue(unacknowledged.isEmpty(), "stored, never acknowledged, not cut off by the kill: "
                    + unacknowledged);
            assertTrue(rows.size() <= ackedWorkouts.size() + inFlightAtKill.size(), rows.size() + " rows");
            assertTrue(attemptedWorkouts.containsAll(rows.keySet()), "nothing stored that no client sent");
        }
    }

    private String setUpOwner(ServerProcess server) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/setup")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"owner\",\"password\":\"two servers password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reply.statusCode(), reply.body());
        return reply.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private HttpRequest.Builder request(ServerProcess server, String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(20))
                .header("Cookie", cookie);
    }

    private HttpRequest.Builder json(Target target, String path) {
        return request(target.process(), path).header("Content-Type", "application/json");
    }
}
