package app.spotter.server.bench;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.transfer.DataTransfer;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** History, records and progress queries over 10,000 logged workouts (about 7 years of daily training). */
final class HistoryBench {
    private static final int WORKOUTS = 10_000;
    private static final int REQUESTS = 200;
    private static final long DAY = 86_400_000L;
    private static final long T0 = 1_500_000_000_000L;

    private HistoryBench() {
    }

    static void run(Results results, Path work) throws Exception {
        try (RunningServer server = RunningServer.start(work.resolve("history"))) {
            String userId = Json.parseObject(server.get("/api/auth/state").body()).getObject("user").getString("id");
            long begin = System.nanoTime();
            new DataTransfer(server.database(), System::currentTimeMillis, () -> UUID.randomUUID().toString())
                    .importAll(userId, List.of(), generate().stream().map(SchemaOneUpgrade::session).toList());
            results.note("generated and stored " + WORKOUTS + " workouts in one transaction: "
                    + Results.fmt((System.nanoTime() - begin) / 1e6) + " ms");
            ApiClient owner = server.owner();
            long middle = T0 + WORKOUTS / 2 * DAY;
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("history, first page", "/api/history");
            queries.put("history, a page in the middle", "/api/history?before=" + middle);
            queries.put("a workout's summary with records", "/api/workouts/w-" + (WORKOUTS - 1) + "/summary");
            queries.put("last time for one exercise", "/api/exercises/last?name=Squat");
            queries.put("progress of one exercise", "/api/progress?exercise=Squat");
            queries.put("weekly volume", "/api/progress/weekly?utcOffsetMinutes=60");
            double[] baseline = latencies(owner, "/api/health");
            double baseP50 = Results.median(baseline);
            for (Map.Entry<String, String> query : queries.entrySet()) {
                double[] times = latencies(owner, query.getValue());
                double p99 = Results.percentile(times, 0.99);
                results.add(query.getKey() + " at 10,000 workouts: p99 (p50 " + Results.fmt(Results.median(times))
                        + " ms)", p99, "ms", "GET /api/health p50", baseP50, "p99 < 50 ms", p99 < 50);
            }
        }
    }

    /** {@value #REQUESTS} times {@code path} after 20 to warm up, each in milliseconds; any answer but 200 throws. */
    static double[] latencies(ApiClient client, String path) {
        for (int i = 0; i < 20; i++) {
            client.get(path);
        }
        double[] times = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            ApiClient.Reply reply = client.get(path);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (reply.status() != 200) {
                throw new IllegalStateException(path + " answered " + reply.status());
            }
        }
        return times;
    }

    /** Daily workouts rotating three templates, weights creeping up. */
    private static List<WorkoutSession> generate() {
        List<WorkoutTemplate> templates = List.of(
                template("Legs", "Squat", "Romanian deadlift", "Leg press"),
                template("Push", "Bench press", "Overhead press", "Dips"),
                template("Pull", "Deadlift", "Barbell row", "Pull-up"));
        List<WorkoutSession> workouts = new ArrayList<>();
        for (int i = 0; i < WORKOUTS; i++) {
            long start = T0 + i * DAY;
            WorkoutSession s = WorkoutSession.start(templates.get(i % 3), "w-" + i, start);
            for (int e = 0; e < 3; e++) {
                for (int set = 0; set < 4; set++) {
                    s = s.editSet(e, set, 5 + (i + set) % 4, 40 + (i % 400) * 0.25 + e * 10, start + 1)
                            .completeSet(e, set, start + 2);
                }
            }
            workouts.add(s.finish(start + 3_600_000));
        }
        return workouts;
    }

    private static WorkoutTemplate template(String name, String... exercises) {
        List<ExercisePlan> plans = new ArrayList<>();
        for (String exercise : exercises) {
            plans.add(new ExercisePlan(exercise, 120, List.of(new SetTarget(5, 50), new SetTarget(5, 50),
                    new SetTarget(5, 50), new SetTarget(5, 50))));
        }
        return new WorkoutTemplate("", name, plans);
    }
}
