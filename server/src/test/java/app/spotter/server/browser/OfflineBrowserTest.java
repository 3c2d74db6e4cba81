package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient.Reply;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
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
        Workout started = app.startedElsewhere(app.push, "s-late", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the player", () -> screen.count(".exercise") == 2);
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        long now = System.currentTimeMillis();
        Workout otherDone = SetEdits.completeSet(started, "e1", "e1.s0", new Stamp(now - 2000, 0, "laptop"),
                now - 2000);
        Reply logged = app.server.post("/api/workouts", WorkoutCodec.write(SessionEdits.finish(otherDone,
                new Stamp(now - 1000, 0, "laptop"), now - 1000)));
        assertEquals(201, logged.status(), logged.body());

        screen.tapSet("done", 0, 0);

        screen.eventually("the question", () -> assertTrue(screen.text(".late-changes-modal").contains(
                "was finished on another device. Add what this device has to the logged workout?"),
                screen.text(".late-changes-modal")));
        screen.tap("add-late-changes");
        screen.waitFor("this device's late set in the logged workout, beside the other device's", () -> {
            Workout log = WorkoutCodec.read(app.server.get("/api/workouts/s-late").body());
            return PlayerFixture.done(log, 0, 0) && PlayerFixture.done(log, 1, 0);
        });
        screen.eventually("the dialog gone and the notice shown", () -> {
            assertEquals(0, screen.count(".late-changes-modal"));
            assertNull(screen.stored(), "nothing stale left on the device");
            assertTrue(screen.text(".notice").contains("were added"));
        });
    }

    @Test
    void aWorkoutDiscardedElsewhereAsksAndLogsItWithRestoreWhenKept() {
        app.startedElsewhere(app.push, "s-gone", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the player", () -> screen.count(".exercise") == 2);
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        assertEquals(200, app.server.delete("/api/session-draft/s-gone").status());

        screen.tapSet("done", 0, 0);

        screen.eventually("the question", () -> assertTrue(screen.text(".restore-modal").contains("was discarded "
                + "on another device"), screen.text(".restore-modal")));
        assertTrue(app.logged().isEmpty(), "nothing logged without the user saying so");
        screen.tap("restore");
        screen.tap("finish");
        screen.tap("finish-anyway");
        screen.waitFor("the workout logged with restore=true", () -> screen.count(".log-status.saved") == 1);
        assertEquals(1, app.logged().size());
        assertTrue(PlayerFixture.done(app.logged().get(0), 0, 0));
    }

    @Test
    void aWorkoutDiscardedElsewhereCanBeDroppedAndNothingIsLogged() {
        app.startedElsewhere(app.push, "s-drop", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        assertEquals(200, app.server.delete("/api/session-draft/s-drop").status());
        screen.tapSet("done", 0, 0);
        screen.element(".restore-modal");
        screen.tap("drop-workout");
        screen.waitFor("the Workouts screen", () -> screen.path().equals("/workouts"));
        assertNull(screen.stored());
        assertTrue(app.logged().isEmpty());
    }

    @Test
    void aWorkoutFinishedOfflineWaitsInTheOutboxAndIsLoggedWhenBack() {
        app.startedElsewhere(app.push, "s-offline", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        NetworkFaults down = new NetworkFaults(app.browser.client(), HttpMethod.POST, "/api/workouts");
        down.set(NetworkFaults.Fault.REFUSED);
        screen.tapSet("done", 0, 0);
        screen.tap("finish");
        screen.tap("finish-anyway");
        screen.waitFor("not saved yet", () -> screen.count(".log-status.not-saved") == 1);
        assertTrue(screen.userStorage(PlayerScreen.OUTBOX_KEY).contains("s-offline"), "waits in the outbox");
        assertTrue(app.logged().isEmpty());

        down.set(NetworkFaults.Fault.NONE);
        screen.page().executeJavaScript("window.dispatchEvent(new Event('online'))");
        screen.waitFor("logged once the connection is back", () -> app.logged().size() == 1);
        screen.eventually("the summary says so and the outbox is empty", () -> {
            assertEquals(1, screen.count(".log-status.saved"));
            assertNull(screen.userStorage(PlayerScreen.OUTBOX_KEY));
        });
    }

    @Test
    void aValueFromANewerVersionIsKeptAsideAndTheServersCopyShown() {
        Workout started = app.startedElsewhere(app.push, "s-newer", 60_000);
        String newer = "{\"schema\":3,\"workout\":" + WorkoutCodec.write(started).replace("\"schema\":2",
                "\"schema\":3") + ",\"restTimeRemaining\":0,\"savedAt\":1}";
        PlayerScreen first = app.open("/workouts");
        first.page().executeJavaScript("localStorage.setItem('" + first.userKey(PlayerScreen.ACTIVE_KEY) + "', "
                + jsString(newer) + ")");

        PlayerScreen screen = app.open("/workouts/active");

        screen.eventually("the server's copy, and why", () -> {
            assertEquals(2, screen.count(".exercise"));
            assertTrue(screen.text(".notice").contains("could not be read"), screen.text(".notice"));
            assertEquals("s-newer", screen.storedWorkout().sessionId());
        });
        // HtmlUnit's Object.keys does not list localStorage keys; key(i) does.
        String backups = String.valueOf(screen.page().executeJavaScript("var found = [];"
                + " for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                + " if (k.indexOf('" + screen.userKey("activeSession.backup.") + "') === 0"
                + " && localStorage.getItem(k).indexOf('\"schema\":3') >= 0) { found.push(k); } }"
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
