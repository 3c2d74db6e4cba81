package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.TemplateDocs;
import app.spotter.templates.WorkoutTemplate;
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

    @Test
    void theDraftIsAskedForBesideTheSignInCheckNotAfterIt() {
        app = new PlayerFixture(dir);
        app.startedElsewhere(app.push, "s-early", 60_000);
        NetworkFaults signInCheck = new NetworkFaults(app.browser.client(), HttpMethod.GET, "/api/auth/state");
        NetworkFaults draft = new NetworkFaults(app.browser.client(), HttpMethod.GET, "/api/session-draft");
        signInCheck.set(NetworkFaults.Fault.HELD);

        PlayerScreen screen = app.open("/workouts/active");
        Browser.waitUntil("the draft asked for while the sign-in check is still unanswered",
                () -> draft.seen() == 1 && signInCheck.seen() == 1);
        signInCheck.release();

        screen.waitFor("the workout on screen and synced", () -> screen.count(".exercise") == 2
                && screen.text("#sync-status").equals("synced"));
        assertEquals(1, draft.seen(), "the early answer is the player's: the draft is not asked for again");
    }

    @Test
    void aSignInEndedSinceTheLastVisitOpensTheFormAndTheEarlyRefusalIsNotReadAfterSigningIn() {
        server = RunningServer.start(dir);
        ApiClient alex = server.addMember("Alex", ALEX_PASSWORD);
        WorkoutTemplate legs = TemplateDocs.v1One(alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
        browser.signedInAs(alex);
        PlayerScreen player = new PlayerScreen(browser.open(server.url("/workouts")));
        player.start(legs.id());
        player.waitFor("the player", () -> player.count(".set-row") == 2);
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
