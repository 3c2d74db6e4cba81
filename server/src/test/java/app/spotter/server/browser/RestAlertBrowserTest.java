package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
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

    // The device and the server move on together, the server first, so no answer in between sets the clock back.
    private void advance(ChromiumPage page, long millis) {
        shift.addAndGet(millis);
        page.evaluate("spotterTest.advance(" + millis + ")");
    }

    private static void startBenchPress(RunningServer server) {
        Template template = new Template("", "Push day", "", List.of(new TemplateExercise("Bench press",
                ExerciseKind.WEIGHT_REPS, REST_SECONDS, "", "", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(8, 60, 0, 0)),
                        new TemplateSet(SetType.NORMAL, new Targets(8, 62.5, 0, 0))))));
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
