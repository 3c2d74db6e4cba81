package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.RestNotifier.Permission;
import app.spotter.workout.Rest;
import org.junit.jupiter.api.Test;

/** The rest-end decisions: when a rest end is signalled, and with what. */
class RestEndAlarmTest {
    private static final long T = 1_000_000L;
    private final RestEndAlarm alarm = new RestEndAlarm();

    @Test
    void aRestEndIsSignalledOnceAtTheFirstCheckAtOrAfterIt() {
        Rest rest = new Rest(T + 90_000, 90);
        alarm.seen(Rest.NONE, T);
        assertFalse(alarm.due(rest, T + 89_999));
        assertTrue(alarm.due(rest, T + 90_400));
        assertFalse(alarm.due(rest, T + 91_400), "once");
        assertFalse(alarm.due(Rest.NONE, T + 92_000), "no rest, nothing to signal");
    }

    @Test
    void aRestThatEndedBeforeTheWorkoutWasShownIsNotSignalled() {
        Rest rest = new Rest(T - 5_000, 90);
        alarm.seen(rest, T);
        assertFalse(alarm.due(rest, T + 1_000));
    }

    @Test
    void aRestStillRunningWhenShownIsSignalledAtItsEnd() {
        Rest rest = new Rest(T + 5_000, 90);
        alarm.seen(rest, T);
        assertTrue(alarm.due(rest, T + 5_000));
    }

    @Test
    void aRestMovedLaterIsSignalledAtItsNewEndAndANewRestAgain() {
        alarm.seen(Rest.NONE, T);
        assertFalse(alarm.due(new Rest(T + 105_000, 90), T + 90_000), "+15 s: not at the old end");
        assertTrue(alarm.due(new Rest(T + 105_000, 90), T + 105_000));
        assertTrue(alarm.due(new Rest(T + 300_000, 90), T + 300_000), "the next rest");
    }

    @Test
    void theSoundFollowsTheSettingAndItsVolume() {
        assertEquals(new RestEndSignals(70, false), RestEndSignals.decide(true, 70, false, Permission.GRANTED));
        assertFalse(RestEndSignals.decide(false, 70, false, Permission.GRANTED).sound(), "turned off");
        assertFalse(RestEndSignals.decide(true, 0, false, Permission.GRANTED).sound(), "volume 0");
        assertEquals(100, RestEndSignals.decide(true, 140, false, Permission.GRANTED).volume());
    }

    @Test
    void aNotificationOnlyWhenThePageIsHiddenAndTheBrowserAllowsIt() {
        assertTrue(RestEndSignals.decide(true, 70, true, Permission.GRANTED).notification());
        assertFalse(RestEndSignals.decide(true, 70, false, Permission.GRANTED).notification(),
                "visible: the screen says it");
        for (Permission not : new Permission[] {Permission.DENIED, Permission.NOT_ASKED, Permission.UNSUPPORTED}) {
            assertFalse(RestEndSignals.decide(true, 70, true, not).notification(), not.name());
        }
    }

    @Test
    void notificationsAreAskedForOnlyWhileTheBrowserHasNotAskedAndThisDeviceHasNot() {
        assertTrue(RestEndSignals.askFirst(Permission.NOT_ASKED, false));
        assertFalse(RestEndSignals.askFirst(Permission.NOT_ASKED, true), "\"Not now\" once is enough");
        assertFalse(RestEndSignals.askFirst(Permission.GRANTED, false));
        assertFalse(RestEndSignals.askFirst(Permission.DENIED, false));
        assertFalse(RestEndSignals.askFirst(Permission.UNSUPPORTED, false));
    }
}
