package app.spotter.server.bench;

import app.spotter.history.WorkoutSummary;
import app.spotter.server.db.Database;
import app.spotter.server.history.HistoryQueries;
import app.spotter.server.workouts.BulkLog;
import app.spotter.workout.Workout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale bench's summary figure without the scale bench: one heavy member ({@link ScaleWorkouts}) with each
 * number of workouts given (default 2,000 and 20,000) in a fresh SQLite file, then the records of the latest workout
 * and of the middle one ({@link HistoryQueries#recordsBefore} with {@link WorkoutSummary#of}), p50 and p99 over
 * 200 calls after 200 to warm up. Prints the records too, so that two builds can be compared for the same answer;
 * {@code -Dbench.keep=true} keeps the files to look into.
 * Run: {@code java -cp <test classpath> app.spotter.server.bench.SummaryScale [sizes...]}.
 */
final class SummaryScale {
    private static final String USER = "heavy";
    private static final int CALLS = 200;

    private SummaryScale() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(2_000, 20_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        Path dir = Files.createTempDirectory("summary-scale");
        for (int size : sizes) {
            Path file = dir.resolve("scale-" + size + ".db");
            Database.open(file).close();
            try (BulkLog bulk = BulkLog.open(file, System.currentTimeMillis())) {
                for (int n = 0; n < size; n++) {
                    bulk.add(USER, ScaleWorkouts.workout(1, n));
                }
            }
            try (Database db = Database.open(file)) {
                HistoryQueries queries = new HistoryQueries(db);
                for (int n : List.of(size - 1, size / 2)) {
                    Workout workout = ScaleWorkouts.workout(1, n);
                    double[] times = new double[CALLS];
                    WorkoutSummary summary = null;
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < CALLS; i++) {
                            long begin = System.nanoTime();
                            summary = WorkoutSummary.of(workout, queries.recordsBefore(USER, workout.startedAt()));
                            times[i] = (System.nanoTime() - begin) / 1e6;
                        }
                    }
                    Arrays.sort(times);
                    System.out.printf(Locale.ROOT, "%,d workouts, workout %,d: p50 %.2f ms, p99 %.2f ms%n", size, n,
                            times[CALLS / 2], times[(int) Math.ceil(CALLS * 0.99) - 1]);
                    System.out.println("  records: " + summary.records());
                }
            }
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("  kept " + file);
                continue;
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        if (!Boolean.getBoolean("bench.keep")) {
            Files.deleteIfExists(dir);
        }
    }
}
