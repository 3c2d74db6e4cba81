package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Targets;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Workouts screen in the compiled client: Start on a v2 template and "Start empty workout" open the player. */
class WorkoutsScreenBrowserTest {
    @TempDir
    Path dir;
    private RunningServer server;
    private Browser browser;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        browser = new Browser().signedInAs(server.owner());
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
    }

    @Test
    void startOnAStarterOpensThePlayerWithItsPlankHeldThreeTimesSixtySeconds() {
        TemplateScreens screen = new TemplateScreens(browser.open(server.url("/workouts")));
        screen.waitForNames(List.of("Full body A", "Push day"));
        screen.clickOnCard("Full body A", "start");
        Browser.eventually("the player with the starter's exercises", () -> {
            assertEquals("/workouts/active", screen.path());
            assertNotNull(screen.page().querySelector(".exercise-name"));
            assertEquals(List.of("Squat", "Bench press", "Barbell row", "Plank"), screen.page()
                    .querySelectorAll(".exercise-name").stream().map(n -> n.getTextContent()).toList());
        });
        Browser.eventually("the server's draft holds the plank as a hold", () -> {
            Reply reply = server.get("/api/session-draft");
            assertEquals(200, reply.status(), reply.body());
            Workout draft = SessionDocs.read(reply.body());
            WorkoutExercise plank = draft.visibleExercises().get(3);
            assertEquals(ExerciseKind.DURATION, plank.kind());
            assertEquals(List.of(new Targets(0, 0, 60, 0), new Targets(0, 0, 60, 0), new Targets(0, 0, 60, 0)),
                    plank.visibleSets().stream().map(WorkoutSet::targetsValue).toList());
        });
    }

    @Test
    void startEmptyWorkoutOpensThePlayerWithNoExercises() {
        TemplateScreens screen = new TemplateScreens(browser.open(server.url("/workouts")));
        screen.waitForNames(List.of("Full body A", "Push day"));
        screen.click("start-empty");
        Browser.eventually("an empty workout in the player", () -> {
            assertEquals("/workouts/active", screen.path());
            assertNotNull(screen.page().querySelector(".player-no-exercises"));
        });
    }
}
