package app.spotter.server.bench;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.transfer.StrongImportBodies;
import app.spotter.workout.Workout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Issue 14's scale figure: a hosted household server, 200 users, grown on SQLite from 10,000 to 100,000 to
 * 1,000,000 workouts of 30 sets each (30,000,000 sets). At each size, through the HTTP API of a running server:
 * history, a summary with its records, last time, progress and weekly volume for a member holding 1/200 of the
 * workouts and for a heavy one holding 2%; a 5,000-workout Strong CSV imported by a new member; the file's size.
 * {@code -Dbench.scale.max} caps the size, {@code -Dbench.scale.minutes} (15) the time: a size that would not be
 * written in what is left is not measured, and said so.
 */
final class ScaleBench {
    static final int USERS = 200;
    private static final List<Integer> SIZES = List.of(10_000, 100_000, 1_000_000);
    private static final double HEAVY_SHARE = 0.02;
    private static final int IMPORTED = 5_000;
    private static final int REQUESTS = 200;
    private static final double BUDGET_MS = 50;
    private static final String[] MEMBERS = {"a member with 1/200 of the workouts", "a heavy member with 2%"};

    private ScaleBench() {
    }

    static void run(Results results, Path work) throws Exception {
        int max = Integer.getInteger("bench.scale.max", SIZES.get(SIZES.size() - 1));
        long deadline = System.nanoTime() + Long.getLong("bench.scale.minutes", 15) * 60_000_000_000L;
        long sectionBegin = System.nanoTime();
        Path file;
        List<String> ids = new ArrayList<>();
        try (RunningServer server = RunningServer.start(work.resolve("scale"))) {
            file = server.dbFile();
            ids.add(Json.parseObject(server.get("/api/auth/state").body()).getObject("user").getString("id"));
            for (int i = 1; i < USERS; i++) {
                ApiClient.Reply added = server.post("/api/users", ApiClient.credentials(memberName(i),
                        RunningServer.PASSWORD));
                ids.add(Json.parseObject(added.body()).getString("id"));
            }
        }
        List<ScaleReport.Size> stages = new ArrayList<>();
        try {
            int[] have = new int[USERS];
            int imported = 0;
            double secondsPerWorkout = 0;
            for (int size : SIZES.stream().filter(s -> s <= max).toList()) {
                int adding = size - imported - IntStream.of(have).sum();
                double left = (deadline - System.nanoTime()) / 1e9;
                if (secondsPerWorkout * adding > left) {
                    results.note(String.format(Locale.ROOT, "scale: %,d workouts not measured: writing %,d more at"
                            + " %.0f a second would take about %.0f s, %.0f s of the section's time were left",
                            size, adding, 1 / secondsPerWorkout, secondsPerWorkout * adding, left));
                    break;
                }
                long begin = System.nanoTime();
                long added = ScaleGrowth.grow(file, ids, have, targets(size, size - imported));
                double seconds = (System.nanoTime() - begin) / 1e9;
                secondsPerWorkout = seconds / added;
                results.note(String.format(Locale.ROOT, "scale: grew to %,d workouts (%,d sets) in %.0f s, %,d of"
                        + " them written directly (JDBC batches, indexes built after), %,d imported through the API",
                        size, (long) size * ScaleWorkouts.SETS, seconds, added, imported));
                stages.add(measure(file, size, have));
                imported += IMPORTED;
            }
        } finally {
            deleteDatabase(file);
        }
        results.note("scale: session ids are UUID-shaped but ordered and the indexes are built after each bulk write,"
                + " so the file is packed tighter than one grown by a server with random ids would be");
        results.note(String.format(Locale.ROOT, "scale: the whole section took %.0f s; load average at its end %s",
                (System.nanoTime() - sectionBegin) / 1e9, Files.readString(Path.of("/proc/loadavg")).trim()));
        ScaleReport.write(results, stages, BUDGET_MS);
    }

    // Tens of gigabytes at full size: not left in the temp folder.
    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static String memberName(int i) {
        return i == 1 ? "heavy" : "member-" + i;
    }

    /** Workouts per user at a size: the measured two exactly their share, the rest of {@code generated} spread. */
    private static int[] targets(int size, int generated) {
        int[] targets = new int[USERS];
        targets[0] = size / USERS;
        targets[1] = (int) (size * HEAVY_SHARE);
        int rest = generated - targets[0] - targets[1];
        for (int u = 2; u < USERS; u++) {
            targets[u] = rest / (USERS - 2) + (u - 2 < rest % (USERS - 2) ? 1 : 0);
        }
        return targets;
    }

    private static ScaleReport.Size measure(Path file, int size, int[] have) throws Exception {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("database file per 10,000 workouts (MB)", Files.size(file) / 1e6 / (size / 10_000.0));
        try (RunningServer server = RunningServer.start(file, System::currentTimeMillis)) {
            double health = Results.median(HistoryBench.latencies(server.client().signIn(RunningServer.OWNER,
                    RunningServer.PASSWORD), "/api/health"));
            warmUp(server, have);
            for (int u = 0; u < 2; u++) {
                ApiClient member = server.client().signIn(u == 0 ? RunningServer.OWNER : memberName(u),
                        RunningServer.PASSWORD);
                String who = MEMBERS[u] + " (" + String.format(Locale.ROOT, "%,d", have[u]) + ")";
                for (Map.Entry<String, String> query : queries(u, have[u]).entrySet()) {
                    System.err.println("scale: " + size + " workouts, " + query.getKey() + ", " + who);
                    double[] times = HistoryBench.latencies(member, query.getValue());
                    figures.put(query.getKey() + ", " + MEMBERS[u] + ": p50 (ms)", Results.median(times));
                    figures.put(query.getKey() + ", " + MEMBERS[u] + ": p99 (ms)", Results.percentile(times, 0.99));
                }
            }
            figures.put("Strong CSV import of 5,000 workouts (30 sets each) for a new member (s)",
                    importSeconds(server, size));
            return new ScaleReport.Size(size, figures, health);
        }
    }

    // The first size would otherwise also measure the server's JIT compiling the queries' code.
    private static void warmUp(RunningServer server, int[] have) {
        ApiClient member = server.client().signIn(RunningServer.OWNER, RunningServer.PASSWORD);
        for (int round = 0; round < 100; round++) {
            queries(0, have[0]).values().forEach(member::get);
        }
    }

    private static Map<String, String> queries(int user, int workouts) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("history, first page", "/api/history");
        queries.put("history, a page in the middle", "/api/history?before=" + ScaleWorkouts.startOf(workouts / 2));
        queries.put("the latest workout's summary with records", "/api/workouts/"
                + ScaleWorkouts.sessionId(user, workouts - 1) + "/summary");
        queries.put("last time for one exercise", "/api/exercises/last?name=Squat");
        queries.put("progress of one exercise", "/api/progress?exercise=Squat");
        queries.put("weekly volume", "/api/progress/weekly?utcOffsetMinutes=60");
        return queries;
    }

    private static double importSeconds(RunningServer server, int size) {
        ApiClient owner = server.client().signIn(RunningServer.OWNER, RunningServer.PASSWORD);
        String name = "import-" + size;
        ApiClient.Reply added = owner.post("/api/users", ApiClient.credentials(name, RunningServer.PASSWORD));
        if (added.status() != 201) {
            throw new IllegalStateException("adding " + name + " answered " + added.status());
        }
        ApiClient member = server.client().signIn(name, RunningServer.PASSWORD);
        List<Workout> workouts = IntStream.range(0, IMPORTED).mapToObj(n -> ScaleWorkouts.workout(USERS, n)).toList();
        String body = StrongImportBodies.of(workouts);
        System.err.printf(Locale.ROOT, "scale: %,d workouts, importing a %.1f MB Strong CSV%n", size,
                body.length() / 1e6);
        long begin = System.nanoTime();
        ApiClient.Reply reply = member.post("/api/import/strong", body);
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (reply.status() != 200 || Json.parseObject(reply.body()).getInt("workoutsAdded") != IMPORTED) {
            throw new IllegalStateException("the Strong import answered " + reply.status() + ": " + reply.body());
        }
        return seconds;
    }
}
