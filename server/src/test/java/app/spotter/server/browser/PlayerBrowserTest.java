package app.spotter.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient.Reply;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-session specification, scenario by scenario, through the compiled client in HtmlUnit against the real
 * server on a random port and a temp SQLite file. The 30 s heartbeat is proven by the JVM controller tests with a
 * fake clock (WorkoutSyncTest, WorkoutPlayerTest); here every wait is far shorter than 30 s.
 */
class PlayerBrowserTest {
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
    void startFromTemplateNavigatesToTheActivePlayerWithEveryExercise() {
        PlayerScreen screen = app.open("/workouts");
        screen.start(app.push.id());
        screen.eventually("the player at /workouts/active with every exercise", () -> {
            assertEquals("/workouts/active", screen.path());
            assertEquals(2, screen.count(".exercise"));
            assertEquals("Push day", screen.text(".workout-name"));
            assertEquals(3, screen.count(".set-row"), "every set of every exercise");
            assertTrue(screen.text(".exercises").contains("Bench press"));
            assertTrue(screen.text(".exercises").contains("Overhead press"));
            assertEquals(0, screen.activeExerciseIndex());
        });
        screen.eventually("the new session on the server", () -> {
            assertNotNull(app.serverDraft());
            assertEquals(app.push.id(), app.serverDraft().templateId());
        });
    }

    @Test
    void theHeaderShowsAnIncrementingTimerInMinutesAndSeconds() {
        app.startedElsewhere(app.push, "s-timer", (75 * 60 + 3) * 1000L);
        PlayerScreen screen = app.open("/workouts/active");
        // HtmlUnit may take some seconds to load the bundle on a busy machine: 75:03 or a little more.
        screen.eventually("75 minutes on the timer", () -> assertTrue(screen.text(".player-header #workout-timer")
                .matches("7[56]:\\d\\d"), screen.text("#workout-timer")));
        long first = screen.timerSeconds();
        screen.waitFor("the timer to tick", () -> screen.timerSeconds() > first);
    }

    @Test
    void completingASetStoresItInLocalStorageAtOnceAndSyncsTheServerDraftAtOnce() {
        app.startedElsewhere(app.push, "s-sync", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.waitFor("the first sync", () -> screen.text("#sync-status").equals("synced"));
        screen.tapSet("done", 0, 0);
        // The tap's handler has run when click() returns: the value is stored before anything else happens.
        JsonObject stored = screen.stored();
        Workout workout = WorkoutCodec.fromJson(stored.getObject("workout"), 0);
        assertEquals(2, stored.getInt("schema"));
        assertTrue(PlayerFixture.done(workout, 0, 0), "the stored workout holds the done set right after the tap");
        long rest = stored.getLong("restTimeRemaining");
        assertTrue(rest >= 89 && rest <= 90, "restTimeRemaining is stored with it: " + rest);
        screen.eventually("the set done and the rest running", () -> {
            assertEquals(1, screen.count(".set-row.done"));
            assertTrue(screen.restSeconds() > 80, screen.text("#rest-timer"));
        });
        screen.waitFor("the server draft to have the set, long before a heartbeat",
                () -> app.serverDraft() != null && PlayerFixture.done(app.serverDraft(), 0, 0));
        screen.waitFor("synced again", () -> screen.text("#sync-status").equals("synced"));
    }

    @Test
    void reloadKeepsTheTimerTheActiveExerciseAndTheCompletedSets() {
        app.startedElsewhere(app.push, "s-reload", 5 * 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.tapSet("done", 0, 0);
        screen.tapSet("done", 0, 1);
        screen.eventually("exercise 2 open by itself once exercise 1 is done", () -> assertEquals(1,
                screen.activeExerciseIndex()));
        Workout before = screen.storedWorkout();

        PlayerScreen reloaded = new PlayerScreen(app.browser.reload(screen.page()));
        reloaded.eventually("exercise 2 open with both sets done, the timer and the rest as before", () -> {
            assertEquals(1, reloaded.activeExerciseIndex());
            assertEquals(2, reloaded.count(".set-row.done"));
            long earliest = (System.currentTimeMillis() - before.startedAt()) / 1000 - 1;
            long shown = reloaded.timerSeconds();
            long latest = (System.currentTimeMillis() - before.startedAt()) / 1000;
            assertTrue(shown >= earliest && shown <= latest, "timer " + shown + " s, expected " + latest + " s");
            long restLeft = (before.restValue().endsAt() - System.currentTimeMillis()) / 1000;
            long restShown = reloaded.restSeconds();
            assertTrue(Math.abs(restShown - restLeft) <= 1, "rest " + restShown + " s, expected " + restLeft + " s");
        });
    }

    @Test
    void finishCalculatesTheDurationLogsTheWorkoutAndClearsBothDrafts() {
        Workout started = app.startedElsewhere(app.push, "s-finish", 10 * 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.tapSet("done", 0, 0);
        screen.tap("finish");
        screen.eventually("the question", () -> assertTrue(screen.text(".finish-modal").contains("2 of 3 sets not done"),
                screen.text(".finish-modal")));
        screen.tap("finish-anyway");
        screen.eventually("the workout saved, with its summary", () -> {
            assertEquals(1, screen.count(".log-status.saved"));
            assertTrue(screen.text(".summary-duration").matches("1[01]:\\d\\d"), screen.text(".summary-duration"));
            assertEquals("1 of 3", screen.text(".summary-sets"));
            assertEquals("480", screen.text(".summary-volume"), "kilograms: 8 x 60");
        });

        List<Workout> logged = app.logged();
        assertEquals(1, logged.size());
        assertEquals("s-finish", logged.get(0).sessionId());
        long upTo = (System.currentTimeMillis() - started.startedAt()) / 1000;
        long duration = logged.get(0).durationSeconds();
        assertTrue(duration >= 600 && duration <= upTo, "logged " + duration + " s, expected 600 to " + upTo);
        assertEquals(204, app.server.get("/api/session-draft").status(), "the server draft is gone");
        assertNull(screen.userStorage(PlayerScreen.ACTIVE_KEY), "the local draft is gone");
        assertNull(screen.userStorage(PlayerScreen.OUTBOX_KEY));
    }

    @Test
    void failedLogWorkoutKeepsBothDraftsAndRetryLogsItOnce() {
        NetworkFaults faults = new NetworkFaults(app.browser.client(), HttpMethod.POST, "/api/workouts");
        app.startedElsewhere(app.push, "s-retry", 60_000);
        PlayerScreen screen = app.open("/workouts/active");
        screen.tapSet("done", 0, 0);
        screen.waitFor("the set on the server", () -> app.serverDraft() != null && PlayerFixture.done(app.serverDraft(), 0, 0));

        faults.set(NetworkFaults.Fault.REFUSED);
        screen.tap("finish");
        screen.tap("finish-anyway");
        screen.eventually("'not saved yet'", () -> {
            assertEquals(1, screen.count(".log-status.not-saved"));
            assertTrue(screen.text(".summary").contains("Not saved yet"));
        });
        assertTrue(screen.storedWorkout().isFinished(), "the finished workout stays on the device");
        assertNotNull(screen.userStorage(PlayerScreen.OUTBOX_KEY));
        assertEquals("s-retry", app.serverDraft().sessionId(), "the server draft stays");
        assertEquals("[]", app.server.get("/api/workouts").body().replace(" ", ""));

        faults.set(NetworkFaults.Fault.ANSWER_LOST);
        screen.tap("retry-log");
        screen.waitFor("the second attempt to fail too",
                () -> faults.seen() == 2 && screen.count(".log-status.not-saved") == 1);
        assertNotNull(screen.storedWorkout(), "no acknowledgement, so nothing is cleared here");

        faults.set(NetworkFaults.Fault.NONE);
        screen.tap("retry-log");
        screen.waitFor("the workout saved", () -> screen.count(".log-status.saved") == 1);
        assertEquals(3, faults.seen());
        List<Workout> logged = app.logged();
        assertEquals(1, logged.size(), "logged once although the server got it twice");
        assertEquals(204, app.server.get("/api/session-draft").status());
        assertNull(screen.userStorage(PlayerScreen.ACTIVE_KEY));
        assertNull(screen.userStorage(PlayerScreen.OUTBOX_KEY));
    }

    @Test
    void startingADifferentTemplateWhileASessionIsOnTheServerOffersResume() {
        Workout elsewhere = app.startedElsewhere(app.push, "s-laptop", 60_000);
        PlayerScreen screen = app.open("/workouts");
        screen.start(app.legs.id());
        screen.eventually("the question, on the Workouts screen", () -> {
            assertTrue(screen.text(".conflict-modal").contains("Push day"));
            assertEquals("/workouts", screen.path());
        });
        screen.tap("resume");
        screen.waitFor("the existing session in the player",
                () -> screen.path().equals("/workouts/active") && screen.text(".workout-name").equals("Push day"));
        screen.eventually("the question gone and the first sync", () -> {
            assertEquals(0, screen.count(".conflict-modal"));
            assertEquals("synced", screen.text("#sync-status"));
        });
        assertEquals(elsewhere.sessionId(), app.serverDraft().sessionId());
        assertEquals(elsewhere.exercises(), app.serverDraft().exercises(), "untouched");
    }

    @Test
    void startingADifferentTemplateWhileASessionIsOnTheServerOffersDiscardAndStartNew() {
        Workout elsewhere = app.startedElsewhere(app.push, "s-laptop", 60_000);
        PlayerScreen screen = app.open("/workouts");
        screen.start(app.legs.id());
        screen.element(".conflict-modal");
        screen.tap("discard-and-start");
        screen.waitFor("the new session in the player",
                () -> screen.path().equals("/workouts/active") && screen.text(".workout-name").equals("Leg day"));
        screen.waitFor("the new session on the server",
                () -> app.serverDraft() != null && app.serverDraft().templateId().equals(app.legs.id()));
        assertEquals(app.legs.id(), screen.storedWorkout().templateId());
        Reply old = app.server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(elsewhere));
        assertEquals(410, old.status(), "the old session is over on the server: " + old.body());
    }
}
