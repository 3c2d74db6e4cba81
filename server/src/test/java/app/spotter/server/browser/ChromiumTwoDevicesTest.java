package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.Browser;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutSet;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's "done means", in two Chromium browsers of one user against the real server: (a) the first
 * paragraph's scenario with one device 5 minutes fast, (b) both devices reshaping the workout at once, one of
 * them offline and back. Changes reach the other device with its 30 s heartbeat, so the waits are long.
 */
class ChromiumTwoDevicesTest {
    private static final long FAST = 5 * 60_000;
    private static final Duration CONVERGE = Duration.ofSeconds(100);
    @TempDir
    Path dir;

    private static Workout draft(RunningServer server) {
        return WorkoutCodec.read(server.get("/api/session-draft").body());
    }

    private static Workout startedOnTheServer(RunningServer server, long agoMillis) {
        long startedAt = System.currentTimeMillis() - agoMillis;
        Workout workout = SessionEdits.start(SessionDocs.sized("Push day", 2, 3), "s-two", new Stamp(startedAt, 0,
                "laptop"), startedAt);
        assertEquals(200, server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(workout)).status());
        return workout;
    }

    @Test
    void aFastDevicesRepsEditAndTheOtherDevicesCompletionOfSetThreeBothHoldWithTheRightTimesEverywhere()
            throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             TwoDevices devices = new TwoDevices(server, FAST)) {
            Workout started = startedOnTheServer(server, 60_000);
            devices.openPlayers();

            // The fast window edits the reps of set 3; its heartbeat takes the edit to the server.
            TwoDevices.type(devices.second, "exercises[0].sets[2].reps", "5");
            Browser.eventually("the fast device's edit on the server", CONVERGE,
                    () -> assertEquals(5, SessionDocs.set(draft(server), 0, 2).repsValue()));

            // The other then marks set 3 done.
            TwoDevices.tapSet(devices.first, "done", 0, 2);
            long tappedAt = System.currentTimeMillis();
            Browser.eventually("set 3 done with 5 reps on both devices and on the server", CONVERGE, () -> {
                WorkoutSet third = SessionDocs.set(draft(server), 0, 2);
                assertTrue(third.isDone(), "done on the server");
                assertEquals(5, third.repsValue());
                for (var page : java.util.List.of(devices.first, devices.second)) {
                    assertEquals("true", page.evaluate("String(document.querySelector(\".set-row[data-exercise='0']"
                            + "[data-set='2']\").classList.contains('done'))"), "set 3 shows done");
                    assertEquals("5", page.evaluate("document.querySelector(\"[data-field='exercises[0].sets[2]"
                            + ".reps']\").value"));
                }
            });
            // Both show the server's elapsed time and the 120 s rest counted from the tap, not 5 minutes off.
            Browser.eventually("the right timer and rest on both devices", Duration.ofSeconds(10), () -> {
                long elapsed = (System.currentTimeMillis() - started.startedAt()) / 1000;
                long restLeft = 120 - (System.currentTimeMillis() - tappedAt) / 1000;
                for (var page : java.util.List.of(devices.first, devices.second)) {
                    long timer = TwoDevices.timerSeconds(page);
                    assertTrue(Math.abs(timer - elapsed) <= 3, "timer " + timer + " s, expected " + elapsed + " s");
                    long rest = TwoDevices.restSeconds(page);
                    assertTrue(Math.abs(rest - restLeft) <= 3, "rest " + rest + " s, expected " + restLeft + " s");
                }
            });

            devices.second.evaluate("document.querySelector('[data-action=finish]').click()");
            devices.second.waitUntil("the question", "document.querySelector('[data-action=finish-anyway]')");
            devices.second.evaluate("document.querySelector('[data-action=finish-anyway]').click()");
            long finishedAt = System.currentTimeMillis();
            Browser.eventually("logged with the right duration", Duration.ofSeconds(20), () -> {
                Workout logged = WorkoutCodec.readList(server.get("/api/workouts").body()).get(0);
                long expected = (finishedAt - started.startedAt()) / 1000;
                assertTrue(Math.abs(logged.durationSeconds() - expected) <= 3,
                        "durationSeconds " + logged.durationSeconds() + ", expected " + expected);
                assertTrue(SessionDocs.done(logged, 0, 2), "set 3 done in the log");
                assertEquals(5, SessionDocs.set(logged, 0, 2).repsValue());
            });
        }
    }

    @Test
    void bothDevicesReshapeTheWorkoutAtOnceOneOfThemOfflineAndEndWithTheSameWorkoutEverywhere() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
             TwoDevices devices = new TwoDevices(server, FAST)) {
            startedOnTheServer(server, 60_000);
            devices.openPlayers();
            var a = devices.first;
            var b = devices.second;

            TwoDevices.offline(a, true);
            TwoDevices.tapNamed(a, "Add set to Bench press");
            TwoDevices.tapSet(a, "done", 0, 0);
            TwoDevices.addExercise(a, "Dips", "bodyweight_reps");
            a.waitUntil("dips added offline", "document.body.innerText.includes('Dips')");

            TwoDevices.addExercise(b, "Plank", "duration");
            b.waitUntil("the plank", "document.querySelector(\".exercise.active[data-kind='duration']\")");
            TwoDevices.tapNamed(b, "Move Plank up");
            b.evaluate("[...document.querySelectorAll('.exercise-select')]"
                    + ".find(button => button.textContent.startsWith('Bench press')).click()");
            b.waitUntil("bench press open", "document.querySelector(\"button[aria-label='Remove set 3']\")");
            TwoDevices.tapNamed(b, "Remove set 3");
            TwoDevices.tapSet(b, "done", 0, 1);

            TwoDevices.offline(a, false);
            Browser.eventually("the same workout on both devices and on the server, nothing lost", CONVERGE, () -> {
                String server1 = TwoDevices.shape(draft(server));
                assertEquals(server1, TwoDevices.shown(a), "device A");
                assertEquals(server1, TwoDevices.shown(b), "device B");
                assertTrue(server1.contains("Dips:1"), server1);
                assertTrue(server1.contains("Plank:1"), server1);
                assertTrue(server1.startsWith("Bench press:3:2|Plank:1:0|Overhead press:3:0|Dips:1:0"),
                        "a's added set and b's removed set both count, both completions kept: " + server1);
            });
            String key = "spotter.v1.u." + Json.parseObject(server.get("/api/auth/state").body()).getObject("user")
                    .getString("id") + ".activeSession";
            assertEquals(TwoDevices.shape(WorkoutCodec.read(TwoDevices.storedWorkoutJson(a, key))),
                    TwoDevices.shape(WorkoutCodec.read(TwoDevices.storedWorkoutJson(b, key))), "stored alike");
        }
    }
}
