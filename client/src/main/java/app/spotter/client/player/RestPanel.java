package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Rest;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The rest countdown, pinned to the bottom of the screen: time left as MM:SS with -15 s / Skip / +15 s, then a
 * visible "Rest over". A rest given as a window ("2:00 to 3:00") shows its longest time beside the countdown
 * ("up to 02:12"); once the shortest is over it says so and keeps counting toward the longest, and only then is
 * the rest over. Each second only the numbers change, so a finger already on a button never loses the tap. The
 * ends are in server time, so a device whose clock is wrong still counts down the right rest. Above it, once per
 * device, the question to allow rest notifications, with the reason.
 */
final class RestPanel {
    static final int STEP_SECONDS = 15;
    static final String WINDOW_OPEN = "Shortest rest done \u2014 go when ready";

    private enum Mode { NONE, RUNNING, WINDOW, OVER }

    private final WorkoutEdits edits;
    private final RestAlerts alerts;
    private final HTMLElement slot = Dom.el("div", "rest-slot");
    private Mode mode = Mode.NONE;
    private boolean window;
    private boolean asking;
    private HTMLElement clock;
    private HTMLElement longest;

    RestPanel(WorkoutEdits edits, RestAlerts alerts) {
        this.edits = edits;
        this.alerts = alerts;
    }

    HTMLElement element() {
        return slot;
    }

    /** Brings the panel up to date with the workout at {@code serverNow}. */
    void update(Workout workout, long serverNow, boolean askNotifications) {
        Rest rest = workout.restValue();
        Mode next = rest.isRunning(serverNow) ? Mode.RUNNING : rest.inWindow(serverNow) ? Mode.WINDOW
                : rest.endsAt() > 0 ? Mode.OVER : Mode.NONE;
        boolean ask = askNotifications && next == Mode.RUNNING;
        if (next != mode || ask != asking || rest.isWindow() != window) {
            mode = next;
            asking = ask;
            window = rest.isWindow();
            rebuild();
        }
        long toLongest = secondsUntil(rest.maxEndsAt(), serverNow);
        if (clock != null) {
            Dom.setText(clock, TimerFormat.mmss(mode == Mode.WINDOW ? toLongest : secondsUntil(rest.endsAt(),
                    serverNow)));
        }
        if (longest != null) {
            Dom.setText(longest, TimerFormat.mmss(toLongest));
        }
    }

    // Rounded up, so the countdown shows 00:01 until the end has come.
    private static long secondsUntil(long end, long now) {
        return end <= now ? 0 : (end - now + 999) / 1000;
    }

    private void rebuild() {
        clock = null;
        longest = null;
        if (mode == Mode.NONE) {
            Dom.clear(slot);
            return;
        }
        HTMLElement panel = Dom.el("div", mode == Mode.RUNNING ? "rest-panel running"
                : mode == Mode.WINDOW ? "rest-panel window" : "rest-panel over");
        clock = Dom.text("span", "rest-seconds", "00:00");
        clock.setAttribute("id", "rest-timer");
        clock.setAttribute("role", "timer");
        HTMLElement face = Dom.el("div", "rest-clock");
        if (mode == Mode.RUNNING) {
            clock.setAttribute("aria-label", "Rest time left");
            Dom.append(face, clock);
            if (window) {
                longest = Dom.text("span", "rest-longest", "00:00");
                longest.setAttribute("id", "rest-longest");
                longest.setAttribute("aria-label", "Longest rest left");
                Dom.append(face, Dom.append(Dom.text("span", "rest-upto", "\u00b7 up to "), longest));
            }
            HTMLElement minus = Dom.button("\u221215 s", "rest-minus",
                    () -> edits.adjustRest(-STEP_SECONDS));
            minus.setAttribute("aria-label", "\u221215 s of rest");
            HTMLElement plus = Dom.button("+15 s", "rest-plus",
                    () -> edits.adjustRest(STEP_SECONDS));
            plus.setAttribute("aria-label", "+15 s of rest");
            HTMLElement skip = Buttons.styled("btn-primary", "Skip", "skip-rest", edits::skipRest);
            skip.setAttribute("aria-label", "Skip rest");
            Dom.append(panel, Dom.text("div", "rest-label", "Rest"), face,
                    Dom.append(Dom.el("div", "rest-actions"), minus, skip, plus));
        } else if (mode == Mode.WINDOW) {
            panel.setAttribute("role", "alert");
            clock.setAttribute("aria-label", "Longest rest left");
            Dom.append(face, Dom.text("span", "rest-upto", "up to "), clock);
            Dom.append(panel, Dom.text("div", "rest-label rest-window-open", WINDOW_OPEN), face,
                    Dom.append(Dom.el("div", "rest-actions"),
                            Buttons.styled("btn-primary", "Next set", "skip-rest", edits::skipRest)));
        } else {
            panel.setAttribute("role", "alert");
            clock.setAttribute("aria-label", "Rest time left");
            Dom.append(face, clock);
            Dom.append(panel, Dom.text("div", "rest-label rest-over", "Rest over \u2014 next set!"), face,
                    Dom.append(Dom.el("div", "rest-actions"),
                            Buttons.styled("btn-primary", "OK", "skip-rest", edits::skipRest)));
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
                        Buttons.styled("btn-primary", "Allow notifications", "allow-notifications", alerts::allow),
                        Dom.button("Not now", "no-notifications", alerts::notNow)));
    }
}
