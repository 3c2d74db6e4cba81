package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.RestNotifier.Permission;
import app.spotter.client.settings.GymSettings;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The player at rest end and while a workout runs, on a fake device with a fake clock. */
class RestAlertsTest {
    private final WorkoutDevice device = new WorkoutDevice();
    private final FakeGymFloor gym = device.gym;

    private WorkoutPlayer playing() {
        device.store().save(WorkoutDevice.pushStarted("s-1", FakeTime.T0), null, 0);
        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();
        return player;
    }

    @Test
    void restEndPlaysTheSoundAtTheSettingsVolumeVibratesOnceAndShowsNoNotificationOnAVisiblePage() {
        new GymSettings(device.storage).saveRestSound(true, 40);
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        assertEquals(1, gym.prepared, "the sound is unlocked in the tap that starts the rest");
        device.time.advance(89_000);
        assertEquals(List.of(), gym.played);
        device.time.advance(2_000);
        assertEquals(List.of(40), gym.played);
        assertEquals(List.of(RestAlerts.VIBRATION_MILLIS), device.vibrations);
        device.time.advance(10_000);
        assertEquals(1, gym.played.size(), "once per rest end");
        assertEquals(List.of(), gym.shown);
    }

    @Test
    void soundTurnedOffStillVibrates() {
        new GymSettings(device.storage).saveRestSound(false, 70);
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(91_000);
        assertEquals(List.of(), gym.played);
        assertEquals(1, device.vibrations.size());
    }

    @Test
    void theFirstRestAsksForNotificationsOnceAndAHiddenPageGetsOneAtRestEnd() {
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        assertTrue(player.state().askingNotifications());
        player.alerts().allow();
        assertEquals(1, gym.asked);
        assertFalse(player.state().askingNotifications());
        gym.hidden = true;
        device.time.advance(91_000);
        assertEquals(List.of("Rest over: Next set: Bench press."), gym.shown);
        assertEquals(1, gym.played.size(), "the sound too");

        WorkoutDevice.complete(player, 0, 1);
        assertFalse(player.state().askingNotifications(), "asked once");
        assertEquals(1, gym.asked);
    }

    @Test
    void refusedNotificationsLeaveALineAndEveryOtherSignal() {
        gym.answer = Permission.DENIED;
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        player.alerts().allow();
        assertEquals(RestAlerts.REFUSED, player.state().notice());
        gym.hidden = true;
        device.time.advance(91_000);
        assertEquals(List.of(), gym.shown);
        assertEquals(1, gym.played.size());
        assertEquals(1, device.vibrations.size());
    }

    @Test
    void notNowIsNotAskedAgainOnThisDevice() {
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        player.alerts().notNow();
        assertFalse(player.state().askingNotifications());
        player.unmount();
        WorkoutPlayer again = device.mountPlayer();
        device.server.answerAll();
        WorkoutDevice.complete(again, 0, 1);
        assertFalse(again.state().askingNotifications());
        assertEquals(0, gym.asked);
    }

    @Test
    void aRestThatEndedWhileThePlayerWasClosedIsNotSignalledOnReturn() {
        WorkoutPlayer player = playing();
        WorkoutDevice.complete(player, 0, 0);
        player.unmount();
        device.time.advance(120_000);
        device.mountPlayer();
        device.server.answerAll();
        device.time.advance(2_000);
        assertEquals(List.of(), gym.played);
    }

    /** Squat 2 x 5 x 100 resting "2:00 to 3:00". */
    private WorkoutPlayer playingAWindow() {
        Template squats = new Template("t-window", "Legs", "", List.of(new TemplateExercise("Squat",
                ExerciseKind.WEIGHT_REPS, 120, 180, "", "", List.of(
                        new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0)),
                        new TemplateSet(SetType.NORMAL, new Targets(5, 100, 0, 0))))));
        Workout started = SessionEdits.start(squats, "s-window", new Stamp(FakeTime.T0, 0, "laptop"), FakeTime.T0);
        device.store().save(started, null, 0);
        WorkoutPlayer player = device.mountPlayer();
        device.server.answerAll();
        return player;
    }

    @Test
    void aRestWindowSignalsItsShortestTimeAndThenItsLongestDistinctlyOnceEach() {
        new GymSettings(device.storage).saveRestSound(true, 40);
        WorkoutPlayer player = playingAWindow();
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(119_000);
        assertEquals(List.of(), gym.played);
        device.time.advance(2_000);
        assertEquals(List.of(40), gym.played, "at 2:00 the rest-over sound");
        assertEquals(List.of(RestAlerts.VIBRATION_MILLIS), device.vibrations);
        assertEquals(List.of(), gym.windowEnds);
        assertTrue(player.state().workout().restValue().inWindow(player.now()), "counting on toward 3:00");
        device.time.advance(58_000);
        assertEquals(List.of(), gym.windowEnds);
        device.time.advance(2_000);
        assertEquals(List.of(40), gym.windowEnds, "at 3:00 the window-end sound");
        assertEquals(List.of("3 x 250 / 150"), device.buzzPatterns);
        device.time.advance(30_000);
        assertEquals(1, gym.played.size(), "each once");
        assertEquals(1, gym.windowEnds.size(), "each once");
        assertEquals(1, device.vibrations.size());
        assertEquals(1, device.buzzPatterns.size());
    }

    @Test
    void aHiddenPageGetsTwoDifferentNotificationsForAWindow() {
        gym.permission = Permission.GRANTED;
        gym.hidden = true;
        WorkoutPlayer player = playingAWindow();
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(121_000);
        device.time.advance(60_000);
        assertEquals(List.of("Shortest rest over: Next set: Squat. Up to 01:00 more.",
                "Rest window over: Next set: Squat."), gym.shown);
    }

    @Test
    void aReloadInsideTheWindowSignalsOnlyItsLongestTimeStillToCome() {
        WorkoutPlayer player = playingAWindow();
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(125_000);
        assertEquals(1, gym.played.size());
        player.unmount();
        WorkoutPlayer reloaded = device.mountPlayer();
        device.server.answerAll();
        assertTrue(reloaded.state().workout().restValue().inWindow(reloaded.now()), "the window kept on the device");
        device.time.advance(10_000);
        assertEquals(1, gym.played.size(), "the shortest time is not signalled again");
        device.time.advance(50_000);
        assertEquals(1, gym.windowEnds.size());
        assertEquals(1, gym.played.size());
    }

    @Test
    void aReloadBeforeTheShortestTimeStillSignalsBothEnds() {
        WorkoutPlayer player = playingAWindow();
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(60_000);
        player.unmount();
        device.mountPlayer();
        device.server.answerAll();
        device.time.advance(62_000);
        assertEquals(1, gym.played.size());
        assertEquals(0, gym.windowEnds.size());
        device.time.advance(60_000);
        assertEquals(1, gym.windowEnds.size());
        assertEquals(1, gym.played.size());
    }

    @Test
    void theScreenIsKeptAwakeWhileTheWorkoutRunsAndReleasedAfterFinish() {
        WorkoutPlayer player = playing();
        assertTrue(gym.held);
        assertEquals(1, gym.keeps, "asked once, not at every redraw or tick");
        WorkoutDevice.complete(player, 0, 0);
        device.time.advance(5_000);
        assertEquals(1, gym.keeps);
        player.finishing().finish();
        player.finishing().confirmFinish();
        assertFalse(gym.held);
        assertEquals(LiveState.Phase.SUMMARY, player.state().phase());
    }

    @Test
    void discardAndLeavingThePlayerLetTheScreenSleep() {
        WorkoutPlayer player = playing();
        player.unmount();
        assertFalse(gym.held, "left");
        player = device.mountPlayer();
        device.server.answerAll();
        assertTrue(gym.held, "back");
        player.finishing().askDiscard();
        player.finishing().confirmDiscard();
        assertFalse(gym.held, "discarded");
    }

    @Test
    void theSettingOffNeverKeepsTheScreenOn() {
        new GymSettings(device.storage).saveKeepAwake(false);
        playing();
        device.time.advance(3_000);
        assertEquals(0, gym.keeps);
        assertFalse(gym.held);
    }
}
