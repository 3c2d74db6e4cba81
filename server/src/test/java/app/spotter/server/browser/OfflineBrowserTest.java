package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.SessionCodec;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.session.WorkoutSession;
import java.nio.file.Path;
import org.htmlunit.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline-first through the compiled client in HtmlUnit: the saved template list, late changes, broken storage. */
class OfflineBrowserTest {
    @TempDir
    Path dir;
    private PlayerFixture app;

    @BeforeEach
    void start() {
        app = new PlayerFixture(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void afterOneVisitTheTemplatesShowAndStartAWorkoutWithTheServerUnreachable() {
        PlayerScreen online = app.open("/workouts");
        online.waitFor("the templates", () -> online.count(".template-card") > 0);
        int shown = online.count(".template-card");
        NetworkFaults templates = new NetworkFaults(app.browser.client(), HttpMethod.GET, "/api/templates");
        templates.set(NetworkFaults.Fault.REFUSED);

        PlayerScreen offline = app.open("/workouts");
        offline.waitFor("the saved list", () -> offline.count(".template-card") == shown
                && offline.text(".banner").contains("saved on this device"));
        assertTrue(templates.seen() > 0);
        offline.start(app.push.id());
        offline.eventually("the player", () -> {
            assertEquals(2, offline.count(".exercise"));
            assertEquals("Push day", offline.text(".workout-name"));
        });
    }

    @Test
    void aWorkoutFinishedOnAnotherDeviceOffersThisDevicesLaterSetsAndAddsThem() {
        WorkoutSession started = app.startedElsewhere(app.push, "s-late", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the player", () -> screen.count(".exercise") == 2);
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        Reply logged = app.server.post("/api/workouts", SessionCodec.write(
                started.finish(System.currentTimeMillis() - 1000)));
        assertEquals(201, logged.status(), logged.body());

        screen.tapSet("done", 0, 0);

        screen.eventually("the question", () -> assertTrue(screen.text(".late-changes-modal").contains("finished on another device. This device has 1 set "
                + "the log lacks: Bench press, set 1: 8 \u00d7 60 kg done."), screen.text(".late-changes-modal")));
        screen.tap("add-late-changes");
        screen.waitFor("the set in the logged workout", () -> SessionCodec.read(
                app.server.get("/api/workouts/s-late").body()).set(0, 0).done());
        screen.eventually("the dialog gone and the notice shown", () -> {
            assertEquals(0, screen.count(".late-changes-modal"));
            assertNull(screen.stored(), "nothing stale left on the device");
            assertTrue(screen.text(".notice").contains("were added"));
        });
    }

    @Test
    void aWorkoutDiscardedElsewhereIsSaidSoAndItsCopyKept() {
        app.startedElsewhere(app.push, "s-gone", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the player", () -> screen.count(".exercise") == 2);
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        assertEquals(204, app.server.delete("/api/session-draft/s-gone").status());

        screen.tapSet("done", 0, 0);

        screen.eventually("the notice", () -> assertTrue(screen.text(".notice").contains("finished or discarded on "
                + "another device")));
        assertNull(screen.stored());
        assertTrue(screen.text(".notice").contains(screen.userKey("activeSession.s-gone.backup.")),
                screen.text(".notice"));
    }

    @Test
    void aValueFromANewerVersionIsKeptAsideAndTheServersCopyShown() {
        WorkoutSession started = app.startedElsewhere(app.push, "s-newer", 60_000);
        String newer = "{\"sessionData\":" + SessionCodec.write(started).replace("\"schema\":1", "\"schema\":2")
                + ",\"restTimeRemaining\":0,\"savedAt\":1}";
        PlayerScreen first = app.open("/workouts");
        first.page().executeJavaScript("localStorage.setItem('" + first.userKey(PlayerScreen.ACTIVE_KEY) + "', "
                + jsString(newer) + ")");

        PlayerScreen screen = app.open("/workouts/active");

        screen.eventually("the server's copy, and why", () -> {
            assertEquals(2, screen.count(".exercise"));
            assertTrue(screen.text(".notice").contains("could not be read"), screen.text(".notice"));
            assertEquals("s-newer", screen.storedSession().sessionId());
        });
        // HtmlUnit's Object.keys does not list localStorage keys; key(i) does.
        String backups = String.valueOf(screen.page().executeJavaScript("var found = [];"
                + " for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                + " if (k.indexOf('" + screen.userKey("activeSession.backup.") + "') === 0"
                + " && localStorage.getItem(k).indexOf('\"schema\":2') >= 0) { found.push(k); } }"
                + " found.join()").getJavaScriptResult());
        assertTrue(backups.startsWith(screen.userKey("activeSession.backup.")), "backups: " + backups);
    }

    @Test
    void unreadableJsonWithNoServerCopyOpensAnEmptyPlayerThatSaysWhy() {
        PlayerScreen first = app.open("/workouts");
        first.page().executeJavaScript("localStorage.setItem('" + first.userKey(PlayerScreen.ACTIVE_KEY)
                + "', '{broken')");

        PlayerScreen screen = app.open("/workouts/active");

        screen.eventually("the notice, and no workout", () -> {
            assertTrue(screen.text(".notice").contains("could not be read"));
            assertEquals(0, screen.count(".exercise"));
            assertNull(screen.stored());
        });
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
