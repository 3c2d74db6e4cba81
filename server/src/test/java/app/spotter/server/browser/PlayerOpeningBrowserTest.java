package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.Browser;
import app.spotter.server.support.ChromiumPage;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.TemplateDocs;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import org.htmlunit.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the player's page opens: what it asks the server for, in which order, and who may read the answers. */
class PlayerOpeningBrowserTest {
    private static final String LEGS = "{\"name\":\"Leg day\",\"exercises\":[{\"name\":\"Squat\",\"restSeconds\":120,"
            + "\"sets\":[{\"reps\":5,\"weight\":100},{\"reps\":5,\"weight\":100}]}]}";
    private static final String ALEX_PASSWORD = "alex lifts heavy things";
    @TempDir
    Path dir;
    private PlayerFixture app;
    private RunningServer server;
    private final Browser browser = new Browser();

    @AfterEach
    void stop() {
        browser.close();
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Chromium, signed in as the owner, who has a workout running on another device (nothing on this one). */
    private ChromiumPage anotherDeviceOf(String sessionId) throws Exception {
        app = new PlayerFixture(dir);
        app.startedElsewhere(app.push, sessionId, 60_000);
        ChromiumPage page = ChromiumPage.open(390, 844);
        page.setCookie(app.server.url("/"), "spotter_session", app.server.owner().sessionToken());
        return page;
    }

    @Test
    void theSignInCheckAndTheDraftComeWithThePageAndTheAppReadsThoseAnswers() throws Exception {
        try (ChromiumPage page = anotherDeviceOf("s-preloaded")) {
            page.navigate(app.server.url("/workouts/active"));
            page.waitUntil("the workout on screen", "document.querySelectorAll('.exercise').length === 2");
            // Asked for by the page's preload links while the script loads; a request of the app's own that did
            // not take those answers would be a second entry, started by XMLHttpRequest.
            String asked = "['/api/auth/state', '/api/session-draft'].map(function (path) {"
                    + " return performance.getEntriesByType('resource').filter(function (e) {"
                    + " return new URL(e.name).pathname === path && new URL(e.name).search === ''; })"
                    + ".map(function (e) { return e.initiatorType; }).join('+'); }).join(',')";
            assertEquals("link,link", page.evaluate(asked));
        }
    }

    @Test
    void aSecondDeviceShowsLoadingAndNeverTheEmptyScreenBeforeTheWorkout() throws Exception {
        try (ChromiumPage page = anotherDeviceOf("s-elsewhere")) {
            // Watches the page from its first node: "No workout in progress" and its Start buttons on screen even
            // for a moment, on a phone that is about to show the running workout, invite a second workout. The
            // player gives the server 2 s (WorkoutPlayer.SERVER_WAIT_MILLIS) from its start, which is after the
            // page's: an empty screen before 2 s into the page is never the wait running out on a slow machine.
            JsonObject watch = new JsonObject();
            watch.put("source", "window.emptyAt = -1; new MutationObserver(function () {"
                    + " if (window.emptyAt < 0 && document.querySelector('.player-empty')) {"
                    + " window.emptyAt = performance.now(); } })"
                    + ".observe(document, {childList: true, subtree: true});");
            page.call("Page.addScriptToEvaluateOnNewDocument", watch);
            page.navigate(app.server.url("/workouts/active"));
            page.waitUntil("the workout on screen", "document.querySelectorAll('.exercise').length === 2");
            assertEquals("-1 or after 2 s", page.evaluate("window.emptyAt < 0 || window.emptyAt >= 2000"
                    + " ? '-1 or after 2 s' : 'empty screen at ' + Math.round(window.emptyAt) + ' ms'"));
        }
    }

    @Test
    void aSignInEndedSinceTheLastVisitOpensTheFormAndTheEarlyRefusalIsNotReadAfterSigningIn() {
        server = RunningServer.start(dir);
        ApiClient alex = server.addMember("Alex", ALEX_PASSWORD);
        WorkoutTemplate legs = TemplateDocs.v1One(alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
        browser.signedInAs(alex);
        PlayerScreen player = new PlayerScreen(browser.open(server.url("/workouts")));
        player.start(legs.id());
        // Synced: the first page's own draft requests are over before the counting starts (on a busy machine
        // its opening GET could otherwise land after it and be counted as the reopened page's).
        player.waitFor("the player, synced", () -> player.count(".set-row") == 2
                && player.text("#sync-status").equals("synced"));
        assertEquals(204, alex.post("/api/auth/logout", "").status());
        NetworkFaults draft = new NetworkFaults(browser.client(), HttpMethod.GET, "/api/session-draft");

        PlayerScreen reopened = new PlayerScreen(browser.open(server.url("/workouts/active")));
        AccountScreens screens = new AccountScreens(reopened.page());
        screens.waitForSignInForm();
        Browser.waitUntil("the early draft request answered", () -> draft.seen() == 1);
        screens.signIn("Alex", ALEX_PASSWORD);

        reopened.waitFor("the workout on screen and synced after signing in", () -> reopened.count(".set-row") == 2
                && reopened.text("#sync-status").equals("synced"));
        assertNull(reopened.page().querySelector("[data-action=sign-in]"), "the old 401 did not end the new sign-in");
        assertEquals(2, draft.seen(), "the player asked again with the new sign-in");
    }
}
