package app.spotter.server.bench;

import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.support.TestPostgres;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Draft syncs and workout logging at 16 connections on PostgreSQL, one server and two servers sharing the database
 * (8 connections each), each as a ratio to the same load on SQLite measured in the same run. The cluster runs with
 * PostgreSQL's default durability, as deployed, so the comparison is with SQLite's {@code synchronous=FULL}.
 */
final class PostgresLoadBench {
    private static final int CONNECTIONS = 16;
    private static final int SECONDS = 6;

    private PostgresLoadBench() {
    }

    /** Throughput and latency of the two write paths under one load. */
    private record Figures(Wrk.Run syncs, Wrk.Run logs) {
    }

    static void run(Results results, Path root, Path work) throws Exception {
        Path dir = Files.createDirectories(work.resolve("postgresql"));
        Figures sqlite = measure(root, dir, "sqlite", List.of(dir.resolve("spotter.db").toString()), Map.of());
        TestPostgres cluster = TestPostgres.durableCluster();
        DatabaseLocation.Postgres first = cluster.freshDatabase();
        Map<String, String> env = Map.of("SPOTTER_DB_USER", first.user(), "SPOTTER_DB_PASSWORD", first.password());
        Figures one = measure(root, dir, "pg1", List.of(first.url()), env);
        String shared = cluster.freshDatabaseUrl();
        Figures two = measure(root, dir, "pg2", List.of(shared, shared), env);
        report(results, "one server", one, sqlite);
        report(results, "two servers, " + CONNECTIONS / 2 + " clients each", two, sqlite);
        results.note("PostgreSQL load: every request is the one bench user's, so writes queue on that user's advisory"
                + " lock across servers; the two-server p99 is the worse of the two servers'.");
    }

    /** Starts a server per entry of {@code databases}, splits the connections among them, runs syncs then logs. */
    private static Figures measure(Path root, Path dir, String tag, List<String> databases, Map<String, String> env)
            throws Exception {
        List<ServerProcesses.Started> servers = new ArrayList<>();
        try {
            for (String db : databases) {
                servers.add(ServerProcesses.start(root, db, env));
            }
            String cookie = ServerLoadBench.setUp(servers.get(0));
            Path sync = Wrk.fixed(dir, tag + "-sync", "PUT", cookie, WorkoutCodec.write(ServerLoadBench.draft()));
            Wrk.Run syncs = together(servers, s -> sync, "/api/session-draft?baseRevision=0");
            String workout = ServerLoadBench.workoutTemplate();
            List<Path> logScripts = new ArrayList<>();
            for (int s = 0; s < servers.size(); s++) {
                logScripts.add(Wrk.uniqueIds(dir, tag + "-log-" + s, cookie, workout, tag + "s" + s));
            }
            Wrk.Run logs = together(servers, logScripts::get, "/api/workouts");
            return new Figures(syncs, logs);
        } finally {
            for (ServerProcesses.Started server : servers) {
                server.stop();
            }
        }
    }

    /** One wrk per server at the same time, the connections split evenly: summed rate, the worse latencies. */
    private static Wrk.Run together(List<ServerProcesses.Started> servers, IntFunction<Path> script,
                                    String path) throws Exception {
        List<CompletableFuture<Wrk.Run>> runs = new ArrayList<>();
        for (int s = 0; s < servers.size(); s++) {
            String url = servers.get(s).url(path);
            Path lua = script.apply(s);
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Wrk.run(url, lua, CONNECTIONS / servers.size(), SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("wrk against " + url + " failed", e);
                }
            }));
        }
        double rate = 0;
        double p50 = 0;
        double p99 = 0;
        long errors = 0;
        for (CompletableFuture<Wrk.Run> future : runs) {
            Wrk.Run run = future.get();
            rate += run.perSecond();
            p50 = Math.max(p50, run.p50());
            p99 = Math.max(p99, run.p99());
            errors += run.errors();
        }
        return new Wrk.Run(rate, p50, p99, errors);
    }

    private static void report(Results results, String setup, Figures pg, Figures sqlite) {
        String where = "PostgreSQL, " + setup + ": ";
        results.add(where + "PUT /api/session-draft, " + CONNECTIONS + " clients: throughput", pg.syncs().perSecond(),
                "req/s", "SQLite, one server", sqlite.syncs().perSecond(), "", true);
        results.add(where + "PUT /api/session-draft, " + CONNECTIONS + " clients: p99 latency", pg.syncs().p99(),
                "ms p99", "SQLite p99 (p50 " + Results.fmt(pg.syncs().p50()) + " ms here)", sqlite.syncs().p99(), "",
                true);
        results.add(where + "POST /api/workouts, " + CONNECTIONS + " clients: throughput", pg.logs().perSecond(),
                "req/s", "SQLite, one server", sqlite.logs().perSecond(), "", true);
        results.add(where + "POST /api/workouts, " + CONNECTIONS + " clients: p99 latency", pg.logs().p99(), "ms p99",
                "SQLite p99 (p50 " + Results.fmt(pg.logs().p50()) + " ms here)", sqlite.logs().p99(), "", true);
        if (pg.syncs().errors() + pg.logs().errors() + sqlite.syncs().errors() + sqlite.logs().errors() > 0) {
            results.note(where + "non-2xx answers: syncs " + pg.syncs().errors() + ", logs " + pg.logs().errors()
                    + " (SQLite: " + sqlite.syncs().errors() + ", " + sqlite.logs().errors() + ")");
        }
    }
}
