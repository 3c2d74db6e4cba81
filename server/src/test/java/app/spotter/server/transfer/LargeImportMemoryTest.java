package app.spotter.server.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import app.spotter.server.support.ServerJvm;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spotter export and a Strong CSV just under the 16 MB limit import into a server running with -Xmx128m, while a
 * phone beside them keeps syncing its draft; nothing runs out of memory. A body over the limit gets 413.
 */
class LargeImportMemoryTest {
    static final int LIMIT = 16 * 1024 * 1024;
    private static final long SYNC_EVERY_MILLIS = 20;
    private static final long T0 = 1_600_000_000_000L;
    private static final Template BIG = StarterTemplates.all().get(1);

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String cookie;

    @Test
    void sixteenMegabyteImportsWorkAtA128MegabyteHeapWhileSyncsGoOn() throws Exception {
        List<Workout> workouts = workouts(LIMIT - 64 * 1024, true);
        String export = ExportCodecV2.write(new ExportCodecV2.Export(T0, List.of(), workouts));
        String strong = strongBody(LIMIT - 64 * 1024);
        ServerJvm server = ServerJvm.start(dir.resolve("spotter.db"), List.of("-XX:+UseSerialGC", "-Xmx128m"));
        try {
            cookie = setUp(server);
            AtomicBoolean importing = new AtomicBoolean(true);
            AtomicInteger syncs = new AtomicInteger();
            AtomicInteger failedSyncs = new AtomicInteger();
            AtomicLong slowest = new AtomicLong();
            AtomicReference<SyncTimes> times = new AtomicReference<>(new SyncTimes());
            Thread phone = new Thread(() -> syncWhile(server, importing, syncs, failedSyncs, slowest, times));
            phone.start();
            long begin = System.nanoTime();
            HttpResponse<String> spotter = post(server, "/api/import", export);
            long spotterMillis = (System.nanoTime() - begin) / 1_000_000;
            SyncTimes besideSpotter = times.getAndSet(new SyncTimes());
            begin = System.nanoTime();
            HttpResponse<String> fromStrong = post(server, "/api/import/strong", strong);
            long strongMillis = (System.nanoTime() - begin) / 1_000_000;
            importing.set(false);
            phone.join();
            System.out.printf("imports at -Xmx128m: Spotter %.1f MB in %d ms, Strong %.1f MB in %d ms; syncs beside"
                    + " them: %d, failed %d, slowest %d ms (beside Spotter: %s; beside Strong: %s)%n",
                    export.length() / 1048576.0, spotterMillis, strong.length() / 1048576.0, strongMillis,
                    syncs.get(), failedSyncs.get(), slowest.get(), besideSpotter, times.get());
            assertEquals(200, spotter.statusCode(), spotter.body());
            assertEquals(workouts.size(), Json.parseObject(spotter.body()).getInt("workoutsAdded"));
            assertEquals(200, fromStrong.statusCode(), fromStrong.body());
            assertTrue(Json.parseObject(fromStrong.body()).getInt("workoutsAdded") > 1000, fromStrong.body());
            assertTrue(syncs.get() > 0, "the phone synced during the imports");
            assertEquals(0, failedSyncs.get(), "every sync beside the imports was stored");
            assertTrue(slowest.get() < 5000, "syncs kept answering (imports write in batches): " + slowest.get());
            assertFalse(server.log().contains("OutOfMemoryError"), server.log());

            HttpResponse<String> tooBig = post(server, "/api/import", export + " ".repeat(LIMIT - export.length() + 1));
            assertEquals(413, tooBig.statusCode(), tooBig.body());
        } finally {
            server.kill();
        }
    }

    private void syncWhile(ServerJvm server, AtomicBoolean importing, AtomicInteger syncs, AtomicInteger failed,
                           AtomicLong slowest, AtomicReference<SyncTimes> times) {
        Workout draft = SessionEdits.start(BIG, "phone-draft", new Stamp(T0, 0, "phone"), T0);
        for (int round = 0; importing.get(); round++) {
            String set = "e0.s" + round % BIG.exercises().get(0).sets().size();
            long at = T0 + 1000L * (round + 1);
            draft = SetEdits.completeSet(draft, "e0", set, new Stamp(at, 0, "phone"), at);
            long begin = System.nanoTime();
            try {
                HttpResponse<String> reply = http.send(request(server, "/api/session-draft?baseRevision=0")
                        .PUT(HttpRequest.BodyPublishers.ofString(WorkoutCodec.write(draft))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() != 200) {
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
            }
            long millis = (System.nanoTime() - begin) / 1_000_000;
            slowest.accumulateAndGet(millis, Math::max);
            times.get().add(millis);
            syncs.incrementAndGet();
            pace(millis);
        }
    }

    // A phone syncs a few times a second at most; one that syncs as fast as the server answers (2 ms since writes
    // are committed in groups) is over the per-address rate limit (100/s) and rightly gets 429s.
    private static void pace(long tookMillis) {
        try {
            Thread.sleep(Math.max(0, SYNC_EVERY_MILLIS - tookMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How long the syncs beside one import took, for the test's output: median, 95th percentile, slowest. */
    private static final class SyncTimes {
        private final List<Long> millis = new ArrayList<>();

        synchronized void add(long ms) {
            millis.add(ms);
        }

        @Override
        public synchronized String toString() {
            if (millis.isEmpty()) {
                return "none";
            }
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.size() + " syncs, median " + sorted.get(sorted.size() / 2) + " ms, p95 "
                    + sorted.get(sorted.size() * 95 / 100) + " ms, slowest " + sorted.get(sorted.size() - 1) + " ms";
        }
    }

    /** Finished workouts, every set done, until their export is about {@code bytes} long. */
    static List<Workout> workouts(int bytes, boolean allSets) {
        Workout one = finished(0);
        int each = WorkoutCodec.write(one).length() + 1;
        List<Workout> workouts = new ArrayList<>();
        for (int i = 0; i < (bytes - 200) / each; i++) {
            workouts.add(finished(i));
        }
        return workouts;
    }

    private static Workout finished(int i) {
        long start = T0 + i * 86_400_000L;
        Workout session = SessionEdits.start(BIG, "import-" + i, new Stamp(start, 0, "gym"), start);
        long at = start;
        for (int e = 0; e < BIG.exercises().size(); e++) {
            TemplateExercise exercise = BIG.exercises().get(e);
            for (int s = 0; s < exercise.sets().size(); s++) {
                at += 60_000;
                session = SetEdits.completeSet(session, "e" + e, "e" + e + ".s" + s, new Stamp(at, 0, "gym"), at);
            }
        }
        return SessionEdits.finish(session, new Stamp(at + 60_000, 0, "gym"), at + 60_000);
    }

    /** A Strong import body whose CSV makes it about {@code bytes} long. */
    static String strongBody(int bytes) {
        StringBuilder csv = new StringBuilder();
        int lines = 0;
        for (int i = 0; ; i++) {
            String part = WorkoutCsv.write(List.of(finished(100_000 + i)), 0, WeightUnit.KG);
            String rows = csv.length() == 0 ? part : part.substring(part.indexOf('\n') + 1);
            int rowLines = (int) rows.chars().filter(c -> c == '\n').count();
            // Each line break becomes two characters in the JSON string.
            if (csv.length() + rows.length() + lines + rowLines > bytes) {
                break;
            }
            csv.append(rows);
            lines += rowLines;
        }
        return StrongImportBodies.of(csv.toString());
    }

    private String setUp(ServerJvm server) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/setup")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"owner\",\"password\":\"import test password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reply.statusCode(), reply.body());
        return reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("spotter_session="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private HttpRequest.Builder request(ServerJvm server, String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(300))
                .header("Cookie", cookie).header("Content-Type", "application/json");
    }

    private HttpResponse<String> post(ServerJvm server, String path, String body) throws Exception {
        return http.send(request(server, path).POST(HttpRequest.BodyPublishers.ofString(body,
                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
