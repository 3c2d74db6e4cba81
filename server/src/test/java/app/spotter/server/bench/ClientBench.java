package app.spotter.server.bench;

import app.spotter.json.Json;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** What users feel in the browser: bundle size, time to an interactive player, cost of saving a state change. */
public final class ClientBench {
    private static final int LOADS = 15;

    private ClientBench() {
    }

    static void run(Results results, Path root, Path workDir) throws Exception {
        for (String[] file : new String[][] {{"spotter.js", "client bundle (whole app), gzipped"},
                {"player.js", "client bundle (the player's page, /workouts/active), gzipped"}}) {
            byte[] bundle = Files.readAllBytes(root.resolve("client/target/classes/webroot/js/" + file[0]));
            double gzipKb = gzip(bundle).length / 1024.0;
            results.add(file[1], gzipKb, "KB", "raw " + Results.fmt(bundle.length / 1024.0) + " KB", 0, "< 60 KB",
                    gzipKb < 60);
        }
        playerLoad(results, workDir);
        persist(results, root);
    }

    private static void playerLoad(Results results, Path workDir) throws Exception {
        try (RunningServer server = RunningServer.start(workDir.resolve("client-bench"));
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            Template template = TemplateCodecV2.readList(server.get("/api/templates").body()).get(1);
            long now = System.currentTimeMillis();
            Workout started = SessionEdits.start(template, "bench-session", new Stamp(now, 0, "bench"), now);
            Workout draft = SessionEdits.moveTo(SetEdits.completeSet(started, "e0", "e0.s0",
                    new Stamp(now + 1, 0, "bench"), now), "e1", new Stamp(now + 2, 0, "bench"));
            int stored = server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(draft)).status();
            if (stored != 200) {
                throw new IllegalStateException("the bench's workout was refused: " + stored);
            }
            // Hydrated from both sides: the local copy the page saved last time, and the server draft.
            page.navigate(server.url("/workouts/active"));
            page.waitUntil("the player", "document.querySelector('.exercise.active')");
            JsonObject ready = new JsonObject();
            ready.put("source", "new MutationObserver(function () {"
                    + " if (!window.__ready && document.querySelector('.exercise.active')) {"
                    + " window.__ready = performance.now(); } }).observe(document, {childList: true, subtree: true});");
            page.call("Page.addScriptToEvaluateOnNewDocument", ready);
            double[] player = new double[LOADS];
            double[] baseline = new double[LOADS];
            for (int i = 0; i < LOADS; i++) {
                page.navigate(server.url("/workouts/active"));
                page.waitUntil("the player", "window.__ready");
                player[i] = Double.parseDouble(page.evaluate("String(window.__ready)"));
                page.navigate(server.url("/api/health"));
                page.waitUntil("the health answer", "document.readyState === 'complete'");
                baseline[i] = Double.parseDouble(page.evaluate(
                        "String(performance.getEntriesByType('navigation')[0].loadEventEnd)"));
            }
            double median = Results.median(player);
            results.add("navigation to interactive player (hydrated)", median, "ms",
                    "a plain JSON page load", Results.median(baseline), "< 150 ms", median < 150);
        }
    }

    private static void persist(Results results, Path root) throws Exception {
        Path dir = root.resolve("bench/client/target/js");
        Path html = dir.resolve("persist-bench.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><script src=\"persist-bench.js\"></script>"
                + "<script>main([]);</script></body></html>");
        try (ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.navigate(html.toUri().toString());
            page.waitUntil("the persistence benchmark", "window.benchResult");
            JsonObject result = Json.parseObject(page.evaluate("window.benchResult"));
            for (String size : new String[] {"normal", "huge"}) {
                JsonObject r = result.getObject(size);
                double save = r.getDouble("saveMedianMs");
                double bare = r.getDouble("bareSetItemMedianMs");
                String label = size.equals("normal") ? "8 x 4" : "40 x 10";
                results.add("persist one state change, " + label + " session (" + r.getInt("bytes") + " chars)",
                        save, "ms", "bare setItem of the same string", bare, "< 1 ms, ratio < 3",
                        save < 1 && (bare == 0 || save / bare < 3));
            }
        }
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
