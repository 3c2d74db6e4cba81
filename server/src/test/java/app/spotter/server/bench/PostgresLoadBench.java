package app.spotter.server.bench;

import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.support.TestPostgres;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Draft syncs and workout logging at 16 connections on PostgreSQL, one server and two servers sharing the database
 * (8 connections each), each as a ratio to the same load on SQLite measured in the same run, the three setups taking
 * turns round by round. The cluster runs with
 * PostgreSQL's default durability, as deployed, so the comparison is with SQLite's {@code synchronous=FULL}.
 */
final class PostgresLoadBench {
    private static final int CONNECTIONS = 16;
    private static final int SECONDS = 4;
    /** Rounds of every setup in turn, so a machine that gets busier mid-run weighs on all three alike. */
    private static final int ROUNDS = 3;

    private PostgresLoadBench() {
    }

    /** Throughput and latency of the two write paths under one load. */
    private record Figures(Wrk.Run syncs, Wrk.Run logs) {
    }

    /** A way of running Spotter: its servers (one database among them) and the owner's cookie there. */
    private record Setup(String tag, List<ServerProcesses.Started> servers, String cookie) {
    }

    static void run(Results results, Path root, Path work) throws Exception {
        Path dir = Files.createDirectories(work.resolve("postgresql"));
        TestPostgres cluster = TestPostgres.durableCluster();
        DatabaseLocation.Postgres first = cluster.freshDatabase();
        Map<String, String> env = Map.of("SPOTTER_DB_USER", first.user(), "SPOTTER_DB_PASSWORD", first.password());
        String shared = cluster.freshDatabaseUrl();
        List<Setup> setups = new ArrayList<>();
        try {
            setups.add(start(root, "sqlite", List.of(dir.resolve("spotter.db").toString()), Map.of()));
            setups.add(start(root, "pg1", List.of(first.url()), env));
            setups.add(start(root, "pg2", List.of(shared, shared), env));
            Map<String, Figures> medians = measure(dir, setups);
            report(results, "one server", medians.get("pg1"), medians.get("sqlite"));
            report(results, "two servers, " + CONNECTIONS / 2 + " clients each", medians.get("pg2"),
                    medians.get("sqlite"));
        } finally {
            for (Setup setup : setups) {
                for (ServerProcesses.Started server : setup.servers()) {
                    server.stop();
                }
            }
        }
        results.note("PostgreSQL load: medians of " + ROUNDS + " rounds of " + SECONDS + " s, the setups taking turns;"
                + " every request is the one bench user's, so writes queue on that user's advisory lock across"
                + " servers; the two-server p99 is the worse of the two servers'.");
    }

    /** Starts a server per entry of {@code databases} and sets up the owner through the first. */
    private static Setup start(Path root, String tag, List<String> databases, Map<String, String> env)
            throws Exception {
        List<ServerProcesses.Started> servers = new ArrayList<>();
        for (String db : databases) {
            servers.add(ServerProcesses.start(root, db, env));
        }
        return new Setup(tag, servers, ServerLoadBench.setUp(servers.get(0)));
    }

    /** Syncs then logs on every setup in turn, {@link #ROUNDS} times: each setup's medians. */
    private static Map<String, Figures> measure(Path dir, List<Setup> setups) throws Exception {
        Map<String, List<Wrk.Run>> syncs = new HashMap<>();
        Map<String, List<Wrk.Run>> logs = new HashMap<>();
        String draft = WorkoutCodec.write(ServerLoadBench.withNotes(ServerLoadBench.draft()));
        String workout = ServerLoadBench.workoutTemplate();
        for (int round = 0; round < ROUNDS; round++) {
            for (Setup setup : setups) {
                Path sync = Wrk.changingNotes(dir, setup.tag() + "-sync", setup.cookie(), draft);
                syncs.computeIfAbsent(setup.tag(), t -> new ArrayList<>())
                        .add(together(setup.servers(), s -> sync, "/api/session-draft?baseRevision=0"));
            }
            for (Setup setup : setups) {
                List<Path> scripts = new ArrayList<>();
                for (int s = 0; s < setup.servers().size(); s++) {
                    String tag = setup.tag() + "r" + round + "s" + s;
                    scripts.add(Wrk.uniqueIds(dir, tag, setup.cookie(), workout, tag));
                }
                logs.computeIfAbsent(setup.tag(), t -> new ArrayList<>())
                        .add(together(setup.servers(), scripts::get, "/api/workouts"));
            }
        }
        Map<String, Figures> medians = new HashMap<>();
        for (Setup setup : setups) {
            medians.put(setup.tag(), new Figures(median(syncs.get(setup.tag())), median(logs.get(setup.tag()))));
        }
        return medians;
    }

    /** Each figure's median over the rounds, the non-2xx answers summed. */
    private static Wrk.Run median(List<Wrk.Run> runs) {
        return new Wrk.Run(Results.median(runs.stream().mapToDouble(Wrk.Run::perSecond).toArray()),
                Results.median(runs.stream().mapToDouble(Wrk.Run::p50).toArray()),
                Results.median(runs.stream().mapToDouble(Wrk.Run::p99).toArray()),
                runs.stream().mapToLong(Wrk.Run::errors).sum());
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
