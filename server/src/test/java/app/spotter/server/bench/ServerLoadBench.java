package app.spotter.server.bench;

import app.spotter.server.db.Database;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.SchemaOneUpgrade;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Draft syncs and workout logging under load from wrk at 1, 16 and 64 connections, against two baselines from the
 * same run: a trivial endpoint of the same server, and raw JDBI upserts on a file with the same durability settings.
 */
final class ServerLoadBench {
    private static final int[] CONNECTIONS = {1, 16, 64};
    private static final int SECONDS = 8;
    private static final long T0 = 1_700_000_000_000L;

    private ServerLoadBench() {
    }

    static void run(Results results, Path root, Path work) throws Exception {
        Path dir = Files.createDirectories(work.resolve("load"));
        ServerProcesses.Started server = ServerProcesses.start(root, dir.resolve("spotter.db"));
        try {
            String cookie = setUp(server);
            long idle = server.rssKb();
            Workout draft = draft();
            String workout = workoutTemplate();
            Path health = Wrk.fixed(dir, "health", "GET", cookie, null);
            Path sync = Wrk.changingNotes(dir, "sync", cookie, WorkoutCodec.write(withNotes(draft)));
            for (int connections : CONNECTIONS) {
                Wrk.Run baseline = Wrk.run(server.url("/api/health"), health, connections, SECONDS);
                double raw = rawUpserts(dir.resolve("raw-" + connections + ".db"), draft, connections);
                Wrk.Run drafts = Wrk.run(server.url("/api/session-draft?baseRevision=1"), sync, connections, SECONDS);
                Wrk.Run logs = Wrk.run(server.url("/api/workouts"),
                        Wrk.uniqueIds(dir, "log-" + connections, cookie, workout, "c" + connections), connections,
                        SECONDS);
                boolean at16 = connections == 16;
                results.add("PUT /api/session-draft, " + connections + " clients: throughput", drafts.perSecond(),
                        "req/s", "GET /api/health " + Results.fmt(baseline.perSecond()) + " req/s; raw JDBI upserts",
                        raw, at16 ? ">= 2000 req/s" : "", !at16 || drafts.perSecond() >= 2000);
                results.add("PUT /api/session-draft, " + connections + " clients: p50 / p99 latency", drafts.p99(),
                        "ms p99", "p50 " + Results.fmt(drafts.p50()) + " ms; health p99", baseline.p99(),
                        at16 ? "p99 < 20 ms" : "", !at16 || drafts.p99() < 20);
                results.add("POST /api/workouts, " + connections + " clients: throughput", logs.perSecond(), "req/s",
                        "GET /api/health", baseline.perSecond(), "", true);
                results.add("POST /api/workouts, " + connections + " clients: p50 / p99 latency", logs.p99(),
                        "ms p99", "p50 " + Results.fmt(logs.p50()) + " ms; health p99", baseline.p99(), "", true);
                if (drafts.errors() + logs.errors() > 0) {
                    results.note(connections + " clients: non-2xx answers: drafts " + drafts.errors() + ", logs "
                            + logs.errors());
                }
            }
            long loaded = server.rssKb();
            results.add("resident memory idle / after the load", loaded / 1024.0, "MB after", "idle",
                    idle / 1024.0, "< 128 MB", loaded / 1024.0 < 128);
        } finally {
            server.stop();
        }
    }

    /** The draft the syncs start from: a started Push day with its first set done. */
    static Workout draft() {
        Template template = StarterTemplates.all().get(1);
        return SetEdits.completeSet(SessionEdits.start(template, "load-draft", new Stamp(T0, 0, "a"), T0),
                "e0", "e0.s0", new Stamp(T0 + 1000, 0, "a"), T0 + 1000);
    }

    /** The draft with the two notes {@link Wrk#changingNotes} rewrites on every sync. */
    static Workout withNotes(Workout draft) {
        Workout one = ExerciseEdits.setNote(draft, "e0", "NOTEONE", Stamp.parse("1700000002000.0.benchone"));
        return ExerciseEdits.setNote(one, "e1", "NOTETWO", Stamp.parse("1700000002000.0.benchtwo"));
    }

    /** A finished workout as JSON, its session id SESSIONID for {@link Wrk#uniqueIds} to replace per request. */
    static String workoutTemplate() {
        Template template = StarterTemplates.all().get(1);
        Workout started = SessionEdits.start(template, "SESSIONID", new Stamp(T0, 0, "a"), T0);
        Workout done = SetEdits.completeSet(SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(T0 + 1000, 0,
                "a"), T0 + 1000), "e0", "e0.s1", new Stamp(T0 + 2000, 0, "a"), T0 + 2000);
        return WorkoutCodec.write(SessionEdits.finish(done, new Stamp(T0 + 3_600_000, 0, "a"), T0 + 3_600_000));
    }

    /** First-run setup on {@code server}: the owner's sign-in cookie (stored, so any server on the database takes it). */
    static String setUp(ServerProcesses.Started server) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url("/api/auth/setup"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"password\":\"bench password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 201) {
            throw new IllegalStateException("setup failed: " + reply.body());
        }
        return reply.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /**
     * Upserts of the same draft row straight through JDBI, as many threads as clients, for SECONDS: per second. Each
     * upsert is its own transaction and fsync on a new connection, one writer at a time (as the server wrote before
     * group commit): the cost of one durable commit, which the server's batches share out.
     */
    private static double rawUpserts(Path file, Workout draft, int threads) throws Exception {
        Jdbi jdbi;
        // Opened for the schema only: closed, it keeps no connection open, so each upsert's connection is the only
        // one and its close checkpoints the WAL, as before the server kept its connections.
        try (Database db = Database.open(file)) {
            jdbi = db.jdbi();
        }
        ReentrantLock oneWriter = new ReentrantLock(true);
        String body = WorkoutCodec.write(draft);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L / 2;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    oneWriter.lock();
                    try {
                        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO session_draft (user_id, session_id,"
                                        + " revision, updated_at, body) VALUES ('u', :id, 2, 1, :body) ON CONFLICT"
                                        + " (user_id) DO UPDATE SET body = excluded.body, revision = excluded.revision")
                                .bind("id", draft.sessionId()).bind("body", body).execute());
                    } finally {
                        oneWriter.unlock();
                    }
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get() / (SECONDS / 2.0);
    }

}
