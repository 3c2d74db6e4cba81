package app.spotter.client.player;

import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.RestNotifier.Permission;
import app.spotter.client.settings.GymSettings;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;

/**
 * The player on the gym floor: at rest end the sound (per the settings), vibration and, with the page hidden, a
 * notification. A rest window ("2:00 to 3:00") signals twice: at its shortest time the same as a rest end, saying
 * how long is left; at its longest a distinct sound, a buzz pattern and "Rest window over". While a workout is on
 * screen the screen is kept awake (unless the setting is off). The first rest asks, once per device, to allow
 * notifications, saying why; refused, everything else still signals.
 */
final class RestAlerts {
    static final int VIBRATION_MILLIS = 600;
    /** The end of a rest window: three short buzzes, so it is not mistaken for the shortest time's one long one. */
    static final int WINDOW_END_BUZZ_MILLIS = 250;
    static final int WINDOW_END_BUZZ_PAUSE_MILLIS = 150;
    static final int WINDOW_END_BUZZES = 3;
    static final String TAG = "spotter-rest";
    static final String WHY = "Allow notifications so Spotter can tell you rest is over when the screen is locked"
            + " or another app is in front.";
    static final String REFUSED = "Notifications are off: rest over shows here, with a sound and vibration.";

    private final WorkoutPlayer player;
    private final GymFloor floor;
    private final GymSettings settings;
    private final RestEndAlarm alarm = new RestEndAlarm();
    private boolean keeping;

    RestAlerts(WorkoutPlayer player, GymFloor floor, GymSettings settings) {
        this.player = player;
        this.floor = floor;
        this.settings = settings;
    }

    /** The workout as found: a rest that ended before it was shown is not signalled. */
    void seen(Workout workout, long now) {
        alarm.seen(workout.restValue(), now);
    }

    /** Each tick of an active workout: signals a rest end (or a window's end) that has just come. */
    void check(Workout workout, long now) {
        RestEnd end = alarm.due(workout.restValue(), now);
        if (end == RestEnd.NONE) {
            return;
        }
        RestEndSignals signals = RestEndSignals.decide(settings.restSound(), settings.restVolume(),
                floor.notifier().pageHidden(), floor.notifier().permission());
        boolean last = end == RestEnd.LONGEST;
        if (signals.sound()) {
            if (last) {
                floor.sound().playWindowEnd(signals.volume());
            } else {
                floor.sound().play(signals.volume());
            }
        }
        if (last) {
            player.platform.device().vibrateRepeated(WINDOW_END_BUZZ_MILLIS, WINDOW_END_BUZZ_PAUSE_MILLIS,
                    WINDOW_END_BUZZES);
        } else {
            player.platform.device().vibrate(VIBRATION_MILLIS);
        }
        if (signals.notification()) {
            floor.notifier().show(title(end), body(end, workout, now), TAG);
        }
    }

    /**
     * A change made by a tap. When it starts a rest, the sound is unlocked now (browsers play audio later only after
     * a tap), and the answer is true when this is the moment to ask for notifications.
     */
    boolean changed(Workout before, Workout after, long now) {
        boolean started = resting(after, now) && (before == null || !resting(before, now));
        if (!started) {
            return false;
        }
        floor.sound().prepare();
        return RestEndSignals.askFirst(floor.notifier().permission(), settings.notificationsAsked());
    }

    /** "Allow notifications": the browser asks; a refusal only leaves a line saying what still works. */
    void allow() {
        settings.saveNotificationsAsked();
        player.update(s -> s.withNotificationQuestion(false));
        floor.notifier().ask(answer -> {
            if (answer != Permission.GRANTED && player.mounted()) {
                player.update(s -> s.withNotice(REFUSED));
            }
        });
    }

    /** "Not now": not asked again on this device (the Settings screen's test sound still works). */
    void notNow() {
        settings.saveNotificationsAsked();
        player.update(s -> s.withNotificationQuestion(false));
    }

    /** Keeps the screen on while a workout is active and the setting allows it; lets it sleep otherwise. */
    void follow(LiveState state) {
        boolean want = state.phase() == LiveState.Phase.ACTIVE && settings.keepAwake();
        if (want && !keeping) {
            floor.awake().keep();
        } else if (!want && keeping) {
            floor.awake().release();
        }
        keeping = want;
    }

    /** The player is left: the screen may sleep. */
    void stop() {
        if (keeping) {
            floor.awake().release();
            keeping = false;
        }
    }

    private static boolean resting(Workout workout, long now) {
        return workout.restValue().isRunning(now) || workout.restValue().inWindow(now);
    }

    static String title(RestEnd end) {
        return end == RestEnd.SHORTEST ? "Shortest rest over" : end == RestEnd.LONGEST ? "Rest window over"
                : "Rest over";
    }

    private static String body(RestEnd end, Workout workout, long now) {
        String next = next(workout);
        if (end != RestEnd.SHORTEST) {
            return next;
        }
        long left = Math.max(0, (workout.restValue().maxEndsAt() - now + 999) / 1000);
        return next + " Up to " + TimerFormat.mmss(left) + " more.";
    }

    private static String next(Workout workout) {
        WorkoutExercise active = workout.activeExercise();
        return active == null ? "Time for the next set." : "Next set: " + active.nameValue() + ".";
    }
}
