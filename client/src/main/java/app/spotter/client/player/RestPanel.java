package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The rest countdown, pinned to the bottom of the screen: seconds left with -15 s / Skip / +15 s, then a visible
 * "Rest over". Each second only its number changes, so a finger already on a button never loses the tap. The
 * end is in server time, so a device whose clock is wrong still counts down the right rest. Above it, once per
 * device, the question to allow rest notifications, with the reason.
 */
final class RestPanel {
    static final int STEP_SECONDS = 15;

    private enum Mode { NONE, RUNNING, OVER }

    private final WorkoutEdits edits;
    private final RestAlerts alerts;
    private final HTMLElement slot = Dom.el("div", "rest-slot");
    private Mode mode = Mode.NONE;
    private boolean asking;
    private HTMLElement seconds;

    RestPanel(WorkoutEdits edits, RestAlerts alerts) {
        this.edits = edits;
        this.alerts = alerts;
    }

    HTMLElement element() {
        return slot;
    }

    /** Brings the panel up to date with the workout at {@code serverNow}. */
    void update(Workout workout, long serverNow, boolean askNotifications) {
        long left = workout.restRemainingSeconds(serverNow);
        Mode next = left > 0 ? Mode.RUNNING : workout.restValue().endsAt() > 0 ? Mode.OVER : Mode.NONE;
        boolean ask = askNotifications && next == Mode.RUNNING;
        if (next != mode || ask != asking) {
            mode = next;
            asking = ask;
            rebuild();
        }
        if (seconds != null) {
            seconds.setTextContent(Long.toString(left));
        }
    }

    private void rebuild() {
        seconds = null;
        if (mode == Mode.NONE) {
            Dom.clear(slot);
            return;
        }
        HTMLElement panel = Dom.el("div", mode == Mode.RUNNING ? "rest-panel running" : "rest-panel over");
        seconds = Dom.text("span", "rest-seconds", "0");
        seconds.setAttribute("id", "rest-timer");
        seconds.setAttribute("role", "timer");
        seconds.setAttribute("aria-label", "Rest seconds left");
        HTMLElement clock = Dom.append(Dom.el("div", "rest-clock"), seconds, Dom.text("span", "rest-unit", "s"));
        if (mode == Mode.RUNNING) {
            HTMLElement minus = Modals.button("\u221215 s", "rest-minus", false, () -> edits.adjustRest(-STEP_SECONDS));
            minus.setAttribute("aria-label", "\u221215 s of rest");
            HTMLElement plus = Modals.button("+15 s", "rest-plus", false, () -> edits.adjustRest(STEP_SECONDS));
            plus.setAttribute("aria-label", "+15 s of rest");
            HTMLElement skip = Modals.button("Skip", "skip-rest", true, edits::skipRest);
            skip.setAttribute("aria-label", "Skip rest");
            Dom.append(panel, Dom.text("div", "rest-label", "Rest"), clock,
                    Dom.append(Dom.el("div", "rest-actions"), minus, skip, plus));
        } else {
            panel.setAttribute("role", "alert");
            Dom.append(panel, Dom.text("div", "rest-label rest-over", "Rest over \u2014 next set!"), clock,
                    Dom.append(Dom.el("div", "rest-actions"),
                            Modals.button("OK", "skip-rest", true, edits::skipRest)));
        }
        if (asking) {
            Dom.replaceContent(slot, Dom.append(Dom.el("div", "rest-ask"), notificationQuestion(), panel));
        } else {
            Dom.replaceContent(slot, panel);
        }
    }

    private HTMLElement notificationQuestion() {
        HTMLElement ask = Dom.el("div", "rest-notify");
        ask.setAttribute("role", "group");
        ask.setAttribute("aria-label", "Rest notifications");
        return Dom.append(ask, Dom.text("p", "rest-notify-why", RestAlerts.WHY),
                Dom.append(Dom.el("div", "rest-actions"),
                        Modals.button("Allow notifications", "allow-notifications", true, alerts::allow),
                        Modals.button("Not now", "no-notifications", false, alerts::notNow)));
    }
}
