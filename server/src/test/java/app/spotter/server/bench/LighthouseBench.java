package app.spotter.server.bench;

import app.spotter.json.Json;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lighthouse 12.2.3 (mobile profile: simulated slow 4G and 4x CPU) against Debian's chromium, on the Workouts
 * screen and the running player of a signed-in user: the accessibility, best-practices and performance scores, each
 * the median of {@link #RUNS} runs. Lighthouse 12 has no PWA category any more, so installability is asked of
 * chromium itself ({@code Page.getInstallabilityErrors}) once the service worker controls the page.
 */
final class LighthouseBench {
    private static final int RUNS = 3;
    private static final String[] PAGES = {"/workouts", "/workouts/active"};
    private static final String[][] CATEGORIES = {{"accessibility", "100"}, {"best-practices", "100"},
            {"performance", "95"}};

    private LighthouseBench() {
    }

    static void run(Results results, Path root, Path workDir) throws Exception {
        Path cli = root.resolve(".tools/lighthouse/node_modules/lighthouse/cli/index.js");
        if (!Files.isRegularFile(cli)) {
            results.note("Lighthouse is not installed (scripts/ensure-lighthouse); its section was skipped");
            return;
        }
        try (RunningServer server = RunningServer.start(workDir.resolve("lighthouse"))) {
            String cookie = "spotter_session=" + server.owner().sessionToken();
            startWorkout(results, server);
            for (String page : PAGES) {
                audit(results, cli, workDir, server.url(page), cookie, page);
            }
            installability(results, server);
        }
    }

    /** A running workout, so {@code /workouts/active} is the player with a timer, not the empty screen. */
    private static void startWorkout(Results results, RunningServer server) {
        Template template = TemplateCodecV2.readList(server.owner().get("/api/templates").body()).get(0);
        long now = System.currentTimeMillis();
        Workout workout = SessionEdits.start(template, "lighthouse-session", new Stamp(now, 0, "bench"), now);
        int status = server.owner().put("/api/session-draft?baseRevision=0", WorkoutCodec.write(workout)).status();
        if (status != 200) {
            results.note("the active workout for /workouts/active was refused (" + status + "); the player was"
                    + " audited empty");
        }
    }

    private static void audit(Results results, Path cli, Path workDir, String url, String cookie, String page)
            throws IOException, InterruptedException {
        double[][] scores = new double[CATEGORIES.length][RUNS];
        for (int run = 0; run < RUNS; run++) {
            JsonObject categories = lighthouse(cli, workDir, url, cookie).getObject("categories");
            for (int c = 0; c < CATEGORIES.length; c++) {
                scores[c][run] = 100 * categories.getObject(CATEGORIES[c][0]).getDouble("score");
            }
        }
        for (int c = 0; c < CATEGORIES.length; c++) {
            double median = Results.median(scores[c]);
            double budget = Double.parseDouble(CATEGORIES[c][1]);
            results.add("Lighthouse " + CATEGORIES[c][0] + ", " + page + " (mobile)", median, "/ 100",
                    "", 0, (budget == 100 ? "= " : ">= ") + CATEGORIES[c][1], median >= budget);
        }
    }

    private static JsonObject lighthouse(Path cli, Path workDir, String url, String cookie)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile(workDir, "lighthouse", ".json");
        JsonObject headers = new JsonObject();
        headers.put("Cookie", cookie);
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), url, "--output=json",
                "--output-path=" + report, "--only-categories=performance,accessibility,best-practices",
                "--extra-headers=" + Json.write(headers), "--quiet",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("lighthouse.log").toFile());
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("lighthouse failed on " + url + ": "
                    + Files.readString(workDir.resolve("lighthouse.log")));
        }
        return Json.parseObject(Files.readString(report));
    }

    private static void installability(Results results, RunningServer server) throws Exception {
        try (ChromiumPage page = ChromiumPage.open(390, 844)) {
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts"));
            page.waitUntil("the Workouts screen", "document.readyState === 'complete'"
                    + " && location.pathname === '/workouts'");
            page.evaluate("navigator.serviceWorker.ready.then(function () { return 'ready'; })");
            page.navigate(server.url("/workouts"));
            // Loaded to the end, manifest link included: asked mid-load, chromium answers "manifest-location-changed".
            page.waitUntil("the page under the service worker", "navigator.serviceWorker.controller"
                    + " && document.readyState === 'complete'");
            JsonArray errors = page.call("Page.getInstallabilityErrors", new JsonObject())
                    .getArray("installabilityErrors");
            List<String> ids = new ArrayList<>();
            for (Object error : errors) {
                ids.add(((JsonObject) error).getString("errorId"));
            }
            results.add("installability errors (chromium, /workouts)", ids.size(), "", "", 0, "= 0", ids.isEmpty());
            if (!ids.isEmpty()) {
                results.note("chromium's installability errors: " + String.join(", ", ids));
            }
        }
    }
}
