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
        assertEquals(RestEnd.NONE, alarm.due(rest, T + 89_999));
        assertEquals(RestEnd.OVER, alarm.due(rest, T + 90_400));
        assertEquals(RestEnd.NONE, alarm.due(rest, T + 91_400), "once");
        assertEquals(RestEnd.NONE, alarm.due(Rest.NONE, T + 92_000), "no rest, nothing to signal");
    }

    @Test
    void aRestThatEndedBeforeTheWorkoutWasShownIsNotSignalled() {
        Rest rest = new Rest(T - 5_000, 90);
        alarm.seen(rest, T);
        assertEquals(RestEnd.NONE, alarm.due(rest, T + 1_000));
    }

    @Test
    void aRestStillRunningWhenShownIsSignalledAtItsEnd() {
        Rest rest = new Rest(T + 5_000, 90);
        alarm.seen(rest, T);
        assertEquals(RestEnd.OVER, alarm.due(rest, T + 5_000));
    }

    @Test
    void aRestMovedLaterIsSignalledAtItsNewEndAndANewRestAgain() {
        alarm.seen(Rest.NONE, T);
        assertEquals(RestEnd.NONE, alarm.due(new Rest(T + 105_000, 90), T + 90_000), "+15 s: not at the old end");
        assertEquals(RestEnd.OVER, alarm.due(new Rest(T + 105_000, 90), T + 105_000));
        assertEquals(RestEnd.OVER, alarm.due(new Rest(T + 300_000, 90), T + 300_000), "the next rest");
    }

    @Test
    void aWindowSignalsItsShortestAndThenItsLongestEndOnceEach() {
        Rest window = new Rest(T + 120_000, 120, 180);
        alarm.seen(Rest.NONE, T);
        assertEquals(RestEnd.NONE, alarm.due(window, T + 119_999));
        assertEquals(RestEnd.SHORTEST, alarm.due(window, T + 120_000));
        assertEquals(RestEnd.NONE, alarm.due(window, T + 150_000), "counting on toward the longest");
        assertEquals(RestEnd.LONGEST, alarm.due(window, T + 180_000));
        assertEquals(RestEnd.NONE, alarm.due(window, T + 181_000), "once");
    }

    @Test
    void aWindowShownPastItsShortestEndOnlySignalsItsLongest() {
        Rest window = new Rest(T - 10_000, 120, 180);
        alarm.seen(window, T);
        assertEquals(RestEnd.NONE, alarm.due(window, T + 1_000), "the shortest end passed before the reload");
        assertEquals(RestEnd.LONGEST, alarm.due(window, T + 50_000));
        alarm.seen(window, T + 60_000);
        assertEquals(RestEnd.NONE, alarm.due(window, T + 61_000), "both past: nothing");
    }

    @Test
    void aPageThatSleptThroughTheWholeWindowGetsOnlyTheLongestSignal() {
        Rest window = new Rest(T + 120_000, 120, 180);
        alarm.seen(window, T);
        assertEquals(RestEnd.LONGEST, alarm.due(window, T + 200_000));
        assertEquals(RestEnd.NONE, alarm.due(window, T + 201_000));
    }

    @Test
    void aWindowFromZeroSignalsOnlyItsLongestEnd() {
        Rest upTo = Rest.starting(T, 0, 180);
        alarm.seen(Rest.NONE, T);
        assertEquals(RestEnd.NONE, alarm.due(upTo, T));
        assertEquals(RestEnd.NONE, alarm.due(upTo, T + 1_000));
        assertEquals(RestEnd.LONGEST, alarm.due(upTo, T + 180_000));
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
