package app.spotter.client.player;

import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.RestNotifier.Permission;
import app.spotter.client.settings.GymSettings;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;

/**
 * The player on the gym floor: at rest end the sound (per the settings), vibration and, with the page hidden, a
 * notification; while a workout is on screen the screen is kept awake (unless the setting is off). The first rest
 * asks, once per device, to allow notifications, saying why; refused, everything else still signals.
 */
final class RestAlerts {
    static final int VIBRATION_MILLIS = 600;
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

    /** Each tick of an active workout: signals a rest that has just ended. */
    void check(Workout workout, long now) {
        if (!alarm.due(workout.restValue(), now)) {
            return;
        }
        RestEndSignals signals = RestEndSignals.decide(settings.restSound(), settings.restVolume(),
                floor.notifier().pageHidden(), floor.notifier().permission());
        if (signals.sound()) {
            floor.sound().play(signals.volume());
        }
        player.platform.device().vibrate(VIBRATION_MILLIS);
        if (signals.notification()) {
            floor.notifier().show("Rest over", next(workout), TAG);
        }
    }

    /**
     * A change made by a tap. When it starts a rest, the sound is unlocked now (browsers play audio later only after
     * a tap), and the answer is true when this is the moment to ask for notifications.
     */
    boolean changed(Workout before, Workout after, long now) {
        boolean started = after.restValue().isRunning(now) && (before == null || !before.restValue().isRunning(now));
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

    private static String next(Workout workout) {
        WorkoutExercise active = workout.activeExercise();
        return active == null ? "Time for the next set." : "Next set: " + active.nameValue() + ".";
    }
}
