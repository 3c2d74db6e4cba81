package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.json.SessionCodec;
import app.spotter.session.WorkoutSession;
import java.nio.file.Path;
import org.htmlunit.html.HtmlInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player with history behind it: last time beside the targets, and records on the summary after Finish. */
class AfterWorkoutBrowserTest {
    private static final long DAY = 86_400_000L;

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
    void lastTimeFillsTheSetsAndTheSummaryMarksTheNewRecord() {
        long twoDaysAgo = System.currentTimeMillis() - 2 * DAY;
        WorkoutSession before = WorkoutSession.start(app.push, "earlier", twoDaysAgo)
                .editSet(0, 0, 10, 60, twoDaysAgo + 1).completeSet(0, 0, twoDaysAgo + 2).finish(twoDaysAgo + 60_000);
        assertEquals(201, app.server.post("/api/workouts", SessionCodec.write(before)).status());
        app.startedElsewhere(app.push, "now", 60_000);

        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("last time", () -> screen.text(".last-time-sets").equals("Last time: 10 \u00d7 60 kg"));
        screen.tap("same-as-last-time");
        screen.eventually("the reps of last time in the first set only", () -> {
            assertEquals("10", ((HtmlInput) screen.element("input[data-field='exercises[0].sets[0].reps']"))
                    .getValue());
            assertEquals("8", ((HtmlInput) screen.element("input[data-field='exercises[0].sets[1].reps']"))
                    .getValue(), "last time had one set: the second keeps its target");
        });
        assertEquals(10, screen.storedSession().set(0, 0).reps(), "stored like any edit");

        screen.tapSet("done", 0, 0);
        screen.tapSet("done", 0, 1);
        screen.tap("finish");
        screen.waitFor("the new record", () -> screen.text(".record")
                .equals("\u2605 Bench press: heaviest weight 62.5 kg (was 60 kg)"));
        screen.waitFor("the best set", () -> screen.text(".best-set").startsWith("Bench press: "));
    }
}
