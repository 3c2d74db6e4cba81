package app.spotter.server.bench;

import app.spotter.server.workouts.BulkLog;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grows the scale bench's database with the server stopped: each user topped up to a number of workouts
 * ({@link ScaleWorkouts}), made and encoded on two threads while this one writes them ({@link BulkLog}).
 */
final class ScaleGrowth {
    private static final int CHUNK = 1_000;
    private static final int AHEAD = 4;
    private static final int PROGRESS_EVERY = 50_000;

    private ScaleGrowth() {
    }

    private record Made(Workout workout, String document) {
    }

    private record Chunk(int user, int from, int to) {
        List<Made> make() {
            List<Made> made = new ArrayList<>(to - from);
            for (int n = from; n < to; n++) {
                Workout workout = ScaleWorkouts.workout(user, n);
                made.add(new Made(workout, WorkoutCodec.write(workout)));
            }
            return made;
        }
    }

    /** Adds workouts until user {@code i} has {@code targets[i]} ({@code have[i]} now); returns how many. */
    static long grow(Path file, List<String> userIds, int[] have, int[] targets) throws Exception {
        List<Chunk> chunks = new ArrayList<>();
        long total = 0;
        for (int u = 0; u < userIds.size(); u++) {
            for (int from = have[u]; from < targets[u]; from += CHUNK) {
                chunks.add(new Chunk(u, from, Math.min(targets[u], from + CHUNK)));
            }
            total += Math.max(0, targets[u] - have[u]);
        }
        ExecutorService makers = Executors.newFixedThreadPool(2);
        long begin = System.nanoTime();
        long written = 0;
        long reported = 0;
        try (BulkLog bulk = BulkLog.open(file, System.currentTimeMillis())) {
            Deque<Future<List<Made>>> ahead = new ArrayDeque<>();
            int next = 0;
            for (Chunk chunk : chunks) {
                while (next < chunks.size() && ahead.size() < AHEAD) {
                    ahead.add(makers.submit(chunks.get(next++)::make));
                }
                for (Made made : ahead.removeFirst().get()) {
                    bulk.add(userIds.get(chunk.user()), made.workout(), made.document());
                }
                written += chunk.to() - chunk.from();
                if (written - reported >= PROGRESS_EVERY) {
                    reported = written;
                    progress(written, total, begin);
                }
            }
            progress(written, total, begin);
            System.err.println("scale: building the indexes");
        } finally {
            makers.shutdownNow();
        }
        for (int u = 0; u < userIds.size(); u++) {
            have[u] = Math.max(have[u], targets[u]);
        }
        return written;
    }

    private static void progress(long written, long total, long begin) {
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.err.printf(Locale.ROOT, "scale: %,d of %,d workouts written in %.0f s (%,.0f a second)%n", written,
                total, seconds, written / Math.max(seconds, 1e-3));
    }
}
