package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.Axe;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest alert in Chromium with a fake clock: the page's Date.now and the server's clock move together when the
 * test says so, and a test-only script (browser/gym-floor-stubs.js) hides the page and records the wake lock,
 * notification, Web Audio and vibration calls the compiled client makes.
 */
class RestAlertBrowserTest {
    private static final int REST_SECONDS = 90;
    private static final int WINDOW_FROM = 120;
    private static final int WINDOW_TO = 180;

    @TempDir
    Path dir;
    private final AtomicLong shift = new AtomicLong();

    @Test
    void restEndWithThePageHiddenNotifiesSoundsAndVibratesAndTheScreenIsKeptOnUntilFinish() throws Exception {
        try (RunningServer server = RunningServer.start(dir.resolve("spotter.db"),
                () -> System.currentTimeMillis() + shift.get()).setUpOwner();
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            startBenchPress(server);
            addScript(page, stubs());
            addScript(page, "if (!localStorage.getItem('spotter.v1.gym')) {"
                    + " localStorage.setItem('spotter.v1.gym', '{\"restVolume\":50}'); }");
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts/active"));
            page.waitUntil("the player, synced, with the screen kept on", "document.querySelector('#sync-status')"
                    + " && document.querySelector('#sync-status').textContent === 'synced'"
                    + " && spotterTest.lockHeld() && spotterTest.wakeRequests === 1");

            page.evaluate("document.querySelector(\"[data-action=done][data-exercise='0'][data-set='0']\").click()");
            page.waitUntil("the first rest asks for notifications, saying why", "document.querySelector("
                    + "'.rest-notify-why') && document.querySelector('.rest-notify-why').textContent"
                    + ".includes('when the screen is locked') && document.querySelector('#rest-timer')");
            assertEquals("0", page.evaluate("String(spotterTest.permissionRequests)"), "asked only on a tap");
            page.evaluate("document.querySelector('[data-action=allow-notifications]').click()");
            page.waitUntil("the browser asked once and the question gone", "spotterTest.permissionRequests === 1"
                    + " && !document.querySelector('.rest-notify')");

            page.evaluate("spotterTest.hide(true)");
            assertEquals("false", page.evaluate("String(spotterTest.lockHeld())"), "a hidden page loses the lock");
            advance(page, (REST_SECONDS + 1) * 1000L);
            page.waitUntil("at rest end: the notification, the sound and the vibration",
                    "spotterTest.notifications.length === 1 && spotterTest.oscillators === 2"
                            + " && spotterTest.vibrations.length === 1 && document.querySelector('.rest-panel.over')");
            assertEquals("[\"Rest over: Next set: Bench press.\"]", page.evaluate("spotterTest.notifications"));
            assertEquals("[600]", page.evaluate("spotterTest.vibrations"));
            assertEquals("[880,1320]", page.evaluate("spotterTest.frequencies"), "the two-tone rest-over beep");
            assertEquals("0.3", page.evaluate("String(Math.max.apply(null, spotterTest.peaks).toFixed(1))"),
                    "the settings' volume, 50 %");
            assertEquals("1", page.evaluate("String(spotterTest.audioContexts)"), "one context, made in the tap");

            page.evaluate("spotterTest.hide(false)");
            page.waitUntil("the lock asked for again when the page is visible",
                    "spotterTest.lockHeld() && spotterTest.wakeRequests === 2");
            advance(page, 5_000);
            assertEquals("1", page.evaluate("String(spotterTest.notifications.length)"), "once per rest end");

            page.evaluate("document.querySelector('[data-action=finish]').click()");
            page.waitUntil("the finish question", "document.querySelector('[data-action=finish-anyway]')");
            page.evaluate("document.querySelector('[data-action=finish-anyway]').click()");
            page.waitUntil("the summary, with the screen allowed to sleep", "document.querySelector('.summary')"
                    + " && !spotterTest.lockHeld() && spotterTest.wakeReleases === 2");
            assertEquals("2", page.evaluate("String(spotterTest.wakeRequests)"), "not asked again after Finish");
        }
    }

    @Test
    void aRestWindowSignalsAtItsShortestTimeAndDistinctlyAtItsLongestOnceEachAcrossAReload() throws Exception {
        try (RunningServer server = RunningServer.start(dir.resolve("spotter.db"),
                () -> System.currentTimeMillis() + shift.get()).setUpOwner();
             ChromiumPage page = ChromiumPage.open(390, 844)) {
            start(server, new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, WINDOW_FROM, WINDOW_TO, "", "",
                    List.of(new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)),
                            new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)))));
            addScript(page, stubs());
            page.setCookie(server.url("/"), "spotter_session", server.owner().sessionToken());
            page.navigate(server.url("/workouts/active"));
            page.waitUntil("the player, synced", "document.querySelector('#sync-status')"
                    + " && document.querySelector('#sync-status').textContent === 'synced'");
            String progress = page.evaluate("Array.from(document.querySelectorAll('.exercise-progress'))"
                    + ".map(function (p) { return p.textContent; }).join(' | ')");
            assertTrue(progress.contains("rest 02:00 to 03:00"), "the window on the exercise, MM:SS: " + progress);

            page.evaluate("document.querySelector(\"[data-action=done][data-exercise='0'][data-set='0']\").click()");
            page.waitUntil("the countdown with the window beside it", "document.querySelector('#rest-longest')");
            String shown = page.evaluate("document.querySelector('.rest-clock').textContent");
            assertTrue(shown.matches("0(2:00|1:5\\d)\u00b7 up to 0(3:00|2:5\\d)"),
                    "rest 02:00 \u00b7 up to 03:00: " + shown);
            page.evaluate("document.querySelector('[data-action=allow-notifications]').click()");
            page.waitUntil("notifications allowed", "spotterTest.permissionRequests === 1"
                    + " && !document.querySelector('.rest-notify')");
            assertEquals(List.of(), Axe.seriousOrCritical(Axe.audit(page)), "the countdown with its window, to axe");
            page.evaluate("spotterTest.hide(true)");

            advance(page, (WINDOW_FROM + 1) * 1000L);
            page.waitUntil("at the shortest time: the rest-over signals, and the count goes on to the longest",
                    "spotterTest.notifications.length === 1 && spotterTest.oscillators === 2"
                            + " && spotterTest.vibrations.length === 1"
                            + " && document.querySelector('.rest-panel.window')");
            String first = page.evaluate("spotterTest.notifications[0]");
            assertTrue(first.matches("Shortest rest over: Next set: Squat\\. Up to 00:5\\d more\\."), first);
            assertEquals("[880,1320]", page.evaluate("spotterTest.frequencies"));
            assertEquals("[600]", page.evaluate("spotterTest.vibrations"));
            assertEquals(List.of(), Axe.seriousOrCritical(Axe.audit(page)), "the open window, to axe");
            long beforeReload = restSeconds(page);
            assertTrue(beforeReload > 50 && beforeReload < 60, "counting toward the longest: " + beforeReload);

            page.navigate(server.url("/workouts/active"));
            page.waitUntil("reloaded inside the window", "document.querySelector('.rest-panel.window')"
                    + " && document.querySelector('#sync-status').textContent === 'synced'");
            page.evaluate("spotterTest.hide(true)");
            advance(page, 10_000);
            page.waitUntil("the count moved on after the reload", REST_SECONDS_JS + " <= " + (beforeReload - 10));
            assertEquals("0", page.evaluate("String(spotterTest.oscillators + spotterTest.vibrations.length"
                    + " + spotterTest.notifications.length)"), "the shortest time is not signalled again");

            advance(page, 50_000);
            page.waitUntil("at the longest time: the distinct window-end signals",
                    "spotterTest.notifications.length === 1 && spotterTest.oscillators === 3"
                            + " && spotterTest.vibrations.length === 1 && document.querySelector('.rest-panel.over')");
            assertEquals("[\"Rest window over: Next set: Squat.\"]", page.evaluate("spotterTest.notifications"));
            assertEquals("[1320,1320,1760]", page.evaluate("spotterTest.frequencies"), "three higher beeps");
            assertEquals("[\"square\",\"square\",\"square\"]", page.evaluate("spotterTest.waves"));
            assertEquals("[[250,150,250,150,250]]", page.evaluate("spotterTest.vibrations"), "three short buzzes");
            advance(page, 5_000);
            page.waitUntil("a tick after the end", "document.querySelector('.rest-panel.over')");
            assertEquals("1", page.evaluate("String(spotterTest.notifications.length)"), "once");
        }
    }

    private static final String REST_SECONDS_JS = "(function (t) { var p = t.split(':');"
            + " return Number(p[0]) * 60 + Number(p[1]); })(document.querySelector('#rest-timer').textContent)";

    private static long restSeconds(ChromiumPage page) {
        return Long.parseLong(page.evaluate("String(" + REST_SECONDS_JS + ")"));
    }

    // The device and the server move on together, the server first, so no answer in between sets the clock back.
    private void advance(ChromiumPage page, long millis) {
        shift.addAndGet(millis);
        page.evaluate("spotterTest.advance(" + millis + ")");
    }

    private static void startBenchPress(RunningServer server) {
        start(server, new TemplateExercise("Bench press", ExerciseKind.WEIGHT_REPS, REST_SECONDS, "", "", List.of(
                new TemplateSet(SetType.NORMAL, new Targets(8, 60, 0, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(8, 62.5, 0, 0)))));
    }

    private static void start(RunningServer server, TemplateExercise exercise) {
        Template template = new Template("", "Push day", "", List.of(exercise));
        Reply saved = server.post("/api/templates", TemplateCodecV2.write(template));
        assertEquals(201, saved.status(), saved.body());
        long now = System.currentTimeMillis();
        Workout workout = SessionEdits.start(template.withId(Json.parseObject(saved.body()).getString("id")),
                "s-rest", new Stamp(now, 0, "laptop"), now);
        Reply draft = server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(workout));
        assertEquals(200, draft.status(), draft.body());
    }

    private static void addScript(ChromiumPage page, String source) {
        JsonObject script = new JsonObject();
        script.put("source", source);
        page.call("Page.addScriptToEvaluateOnNewDocument", script);
    }

    private static String stubs() throws IOException {
        try (InputStream in = RestAlertBrowserTest.class.getResourceAsStream("/browser/gym-floor-stubs.js")) {
            assertTrue(in != null, "browser/gym-floor-stubs.js on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
