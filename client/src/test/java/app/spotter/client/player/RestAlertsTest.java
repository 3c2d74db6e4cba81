package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.RestNotifier.Permission;
import app.spotter.client.settings.GymSettings;
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
