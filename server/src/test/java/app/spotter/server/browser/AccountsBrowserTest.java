package app.spotter.server.browser;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.WorkoutCodec;
import app.spotter.templates.WorkoutTemplate;
import java.nio.file.Path;
import org.htmlunit.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts in the compiled client against the real server: setup, sign-in and out, two people on one browser. */
class AccountsBrowserTest {
    private static final String LEGS = "{\"name\":\"Leg day\",\"exercises\":[{\"name\":\"Squat\",\"restSeconds\":120,"
            + "\"sets\":[{\"reps\":5,\"weight\":100},{\"reps\":5,\"weight\":100}]}]}";
    private static final String ALEX_PASSWORD = "alex lifts heavy things";
    private static final String SAM_PASSWORD = "sam prefers cardio";

    @TempDir
    Path dir;
    private final Browser browser = new Browser();
    private RunningServer server;

    @AfterEach
    void stop() {
        browser.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFreshServerAsksForTheOwnerAccountThenShowsTheirTemplates() {
        server = RunningServer.start(dir.resolve("fresh.db"), System::currentTimeMillis);
        AccountScreens screens = new AccountScreens(browser.open(server.url("/workouts")));
        screens.setUp("Alex", ALEX_PASSWORD, "not the same password");
        assertEquals("The two passwords differ. Type the same password twice.", screens.formError());
        screens.setUp("Alex", ALEX_PASSWORD, ALEX_PASSWORD);
        screens.waitSignedInAs("Alex");
        ApiClient alex = server.client().signIn("Alex", ALEX_PASSWORD);
        assertEquals(201, alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).status());
        AccountScreens reloaded = new AccountScreens(browser.reload(screens.page()));
        reloaded.waitSignedInAs("Alex");
        assertTrue(templateNames(reloaded).contains("Leg day"), templateNames(reloaded));
        assertNotNull(reloaded.page().querySelector("a[href='/settings/users']"), "the owner sees Household");
    }

    @Test
    void signingOutShowsTheSignInFormWhichExplainsAWrongPassword() {
        server = RunningServer.start(dir);
        browser.signedInAs(server.owner());
        AccountScreens screens = new AccountScreens(browser.open(server.url("/workouts")));
        screens.waitSignedInAs(RunningServer.OWNER);
        screens.click("[data-action=sign-out]");
        screens.waitForSignInForm();
        assertNull(screens.page().querySelector("#signed-in-user"));
        Browser.waitUntil("the sign-in revoked on the server too", () -> server.get("/api/templates").status() == 401);
        screens.signIn(RunningServer.OWNER, "not the password at all");
        assertEquals("Wrong name or password", screens.formError());
        screens.signIn(RunningServer.OWNER, RunningServer.PASSWORD);
        screens.waitSignedInAs(RunningServer.OWNER);
        Browser.waitFor(screens.page(), "[data-action=new-template]");
    }

    @Test
    void twoPeopleOnOneBrowserNeverSeeOrUploadEachOthersWorkout() {
        server = RunningServer.start(dir);
        ApiClient alex = server.addMember("Alex", ALEX_PASSWORD);
        ApiClient sam = server.addMember("Sam", SAM_PASSWORD);
        WorkoutTemplate legs = TemplateDocs.v1One(alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
        browser.signedInAs(alex);
        PlayerScreen player = new PlayerScreen(browser.open(server.url("/workouts")));
        player.start(legs.id());
        player.waitFor("the player", () -> player.count(".set-row") == 2);
        player.tapSet("done", 0, 0);
        player.waitFor("the set on Alex's server draft", () -> doneSets(alex) == 1);

        AccountScreens screens = new AccountScreens(player.page());
        screens.click("[data-action=sign-out]");
        screens.signIn("Sam", SAM_PASSWORD);
        screens.waitSignedInAs("Sam");
        PlayerScreen samsPlayer = new PlayerScreen(browser.open(server.url("/workouts/active")));
        new AccountScreens(samsPlayer.page()).waitSignedInAs("Sam");
        samsPlayer.waitFor("no workout in progress", () -> samsPlayer.count(".player-empty") == 1);
        assertEquals(0, samsPlayer.count(".set-row"));
        assertEquals(204, sam.get("/api/session-draft").status(), "Alex's draft is not uploaded under Sam");

        AccountScreens again = new AccountScreens(samsPlayer.page());
        again.click("[data-action=sign-out]");
        again.signIn("Alex", ALEX_PASSWORD);
        again.waitSignedInAs("Alex");
        PlayerScreen alexAgain = new PlayerScreen(browser.open(server.url("/workouts/active")));
        alexAgain.waitFor("Alex's set done", () -> alexAgain.count(".set-row.done") == 1);
        assertEquals(204, sam.get("/api/session-draft").status());
    }

    @Test
    void aRevokedSignInKeepsLocalChangesAndUploadsThemAfterSigningInAgain() {
        server = RunningServer.start(dir);
        ApiClient alex = server.addMember("Alex", ALEX_PASSWORD);
        WorkoutTemplate legs = TemplateDocs.v1One(alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
        browser.signedInAs(alex);
        PlayerScreen player = new PlayerScreen(browser.open(server.url("/workouts")));
        player.start(legs.id());
        player.waitFor("the player", () -> player.count(".set-row") == 2);
        player.tapSet("done", 0, 0);
        player.waitFor("the first set on the server", () -> doneSets(alex) == 1);

        // The browser holds the same sign-in as this client: logging it out revokes the browser's too.
        assertEquals(204, alex.post("/api/auth/logout", "").status());
        player.tapSet("done", 0, 1);
        AccountScreens screens = new AccountScreens(player.page());
        screens.waitForSignInForm();
        assertTrue(screens.text(".banner").contains("kept"), screens.text(".banner"));
        assertEquals(2, player.storedWorkout().visibleExercises().get(0).setsDone(),
                "the second set stays on the device");

        screens.signIn("Alex", ALEX_PASSWORD);
        screens.waitSignedInAs("Alex");
        ApiClient alexElsewhere = server.client().signIn("Alex", ALEX_PASSWORD);
        player.waitFor("both sets on the server", () -> doneSets(alexElsewhere) == 2);
    }

    @Test
    void withoutAnAnswerFromTheServerTheAppOpensForTheLastUserSignedInHere() {
        server = RunningServer.start(dir);
        ApiClient alex = server.addMember("Alex", ALEX_PASSWORD);
        WorkoutTemplate legs = TemplateDocs.v1One(alex.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS)).body());
        browser.signedInAs(alex);
        PlayerScreen player = new PlayerScreen(browser.open(server.url("/workouts")));
        player.start(legs.id());
        player.waitFor("the player", () -> player.count(".set-row") == 2);
        player.tapSet("done", 0, 0);
        player.waitFor("the set kept on the device", () -> PlayerFixture.done(player.storedWorkout(), 0, 0));

        new NetworkFaults(browser.client(), HttpMethod.GET, "/api/auth/state").set(NetworkFaults.Fault.ANSWER_LOST);
        PlayerScreen offline = new PlayerScreen(browser.open(server.url("/workouts/active")));
        new AccountScreens(offline.page()).waitSignedInAs("Alex");
        offline.waitFor("Alex's set done", () -> offline.count(".set-row.done") == 1);
        assertNotNull(offline.page().querySelector(".account-offline"));

        try (Browser stranger = new Browser()) {
            new NetworkFaults(stranger.client(), HttpMethod.GET, "/api/auth/state")
                    .set(NetworkFaults.Fault.ANSWER_LOST);
            AccountScreens screens = new AccountScreens(stranger.open(server.url("/workouts")));
            screens.waitForSignInForm();
            assertTrue(screens.text(".banner").contains("offline"), screens.text(".banner"));
        }
    }

    @Test
    void namesTypedByUsersAreShownAsTextNeverAsMarkup() {
        server = RunningServer.start(dir);
        String hostile = "<img src=x onerror=alert(1)>";
        assertEquals(201, server.post("/api/templates", TemplateDocs.fromSchemaOne(LEGS.replace("Leg day", hostile)))
                .status());
        browser.signedInAs(server.owner());
        AccountScreens screens = new AccountScreens(browser.open(server.url("/workouts")));
        Browser.waitFor(screens.page(), ".template-card");
        assertTrue(templateNames(screens).contains(hostile), templateNames(screens));
        assertNull(screens.page().querySelector(".template-card img"));

        AccountScreens household = new AccountScreens(browser.open(server.url("/settings/users")));
        household.fill(".add-member [data-field=name]", hostile);
        household.fill(".add-member [data-field=password]", SAM_PASSWORD);
        household.click("[data-action=add-member]");
        Browser.waitUntil("the new member listed", () -> household.page().querySelectorAll(".member-row").size() == 2);
        assertEquals(hostile, household.text(".member-row:nth-child(2) .member-name"));
        assertNull(household.page().querySelector(".member-list img"));
    }

    private static String templateNames(AccountScreens screens) {
        Browser.waitFor(screens.page(), ".template-card");
        StringBuilder names = new StringBuilder();
        screens.page().querySelectorAll(".template-card .template-name")
                .forEach(name -> names.append(name.getTextContent()).append('\n'));
        return names.toString();
    }

    private int doneSets(ApiClient user) {
        ApiClient.Reply reply = user.get("/api/session-draft");
        if (reply.status() != 200) {
            return -1;
        }
        return WorkoutCodec.read(reply.body()).visibleExercises().get(0).setsDone();
    }
}
