package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;


import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
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
        Workout before = SessionEdits.start(app.push, "earlier", new Stamp(twoDaysAgo, 0, "laptop"), twoDaysAgo);
        before = SetEdits.setReps(before, "e0", "e0.s0", 10, new Stamp(twoDaysAgo + 1, 0, "laptop"));
        before = SetEdits.completeSet(before, "e0", "e0.s0", new Stamp(twoDaysAgo + 2, 0, "laptop"), twoDaysAgo + 2);
        before = SessionEdits.finish(before, new Stamp(twoDaysAgo + 3, 0, "laptop"), twoDaysAgo + 60_000);
        assertEquals(201, app.server.post("/api/workouts", WorkoutCodec.write(before)).status());
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
        assertEquals(10, PlayerFixture.set(screen.storedWorkout(), 0, 0).repsValue(), "stored like any edit");

        screen.tapSet("done", 0, 0);
        screen.tapSet("done", 0, 1);
        screen.tap("finish");
        screen.tap("finish-anyway");
        screen.waitFor("the new record", () -> screen.text(".record")
                .equals("\u2605 Bench press: heaviest weight 62.5 kg (was 60 kg)"));
        screen.waitFor("the best set", () -> screen.text(".best-set").startsWith("Bench press: "));
    }
}
