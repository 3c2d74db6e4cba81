package app.spotter.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Start-up time to the first answered request, idle memory, and the size of the one JAR. */
final class StartupBench {
    private static final int STARTS = 5;
    /** How long the last server sits idle before its resident memory is read: start-up garbage settles first. */
    private static final long IDLE_MILLIS = 3_000;

    private StartupBench() {
    }

    static void run(Results results, Path root, Path work) throws Exception {
        double jarMb = Files.size(root.resolve("server/target/spotter.jar")) / 1024.0 / 1024.0;
        results.add("JAR size (server, dependencies, compiled client)", jarMb, "MB", "", 0, "", true);
        Path db = work.resolve("startup/spotter.db");
        ServerProcesses.Started first = ServerProcesses.start(root, db);
        first.stop();
        results.note("first start on a new database (schema created): " + Results.fmt(first.millisToFirstAnswer())
                + " ms");
        double[] starts = new double[STARTS];
        double[] floors = new double[STARTS];
        double[] piStarts = new double[STARTS];
        double[] oneCoreStarts = new double[STARTS];
        long rss = 0;
        long piRss = 0;
        long oneCoreRss = 0;
        for (int i = 0; i < STARTS; i++) {
            floors[i] = ServerProcesses.jvmFloorMillis(root);
            ServerProcesses.Started started = ServerProcesses.start(root, db);
            starts[i] = started.millisToFirstAnswer();
            rss = idleRss(started, i == STARTS - 1, rss);
            ServerProcesses.Started pi = ServerProcesses.startPiSized(root, db);
            piStarts[i] = pi.millisToFirstAnswer();
            piRss = idleRss(pi, i == STARTS - 1, piRss);
            ServerProcesses.Started oneCore = ServerProcesses.startOnOneCore(root, db);
            oneCoreStarts[i] = oneCore.millisToFirstAnswer();
            oneCoreRss = idleRss(oneCore, i == STARTS - 1, oneCoreRss);
        }
        double median = Results.median(starts);
        results.add("start-up to first answered request (existing database)", median, "ms",
                "JVM start with the same options (java -version)", Results.median(floors), "< 1000 ms", median < 1000);
        results.add("resident memory, idle after start", rss / 1024.0, "MB", "", 0, "< 128 MB", rss / 1024.0 < 128);
        String pi = "Pi-sized JVM (taskset -c 0, " + String.join(" ", ServerProcesses.PI_SIZED) + ", the JAR alone)";
        results.add("start-up, " + pi, Results.median(piStarts), "ms", "the start above", median, "", true);
        results.add("resident memory idle, " + pi, piRss / 1024.0, "MB", "the idle memory above", rss / 1024.0, "",
                true);
        // What a Pi that runs scripts/run gets: its options hold the heap at 16 MB until more is needed, where the
        // JAR alone starts with the whole 128 MB (on a machine with 8 GB or more, the JVM's default first heap).
        String oneCore = "one core (taskset -c 0) with scripts/run's JVM options";
        results.add("start-up, " + oneCore, Results.median(oneCoreStarts), "ms", "the start above", median, "",
                true);
        results.add("resident memory idle, " + oneCore, oneCoreRss / 1024.0, "MB", "the idle memory above",
                rss / 1024.0, "< 128 MB", oneCoreRss / 1024.0 < 128);
    }

    /** Stops {@code started}; when {@code read}, after {@link #IDLE_MILLIS} idle, returns its RSS, else {@code kb}. */
    private static long idleRss(ServerProcesses.Started started, boolean read, long kb) throws Exception {
        long rss = kb;
        if (read) {
            Thread.sleep(IDLE_MILLIS);
            rss = started.rssKb();
        }
        started.stop();
        return rss;
    }
}
