package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.session.WorkoutSession;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The rest countdown, pinned to the bottom of the screen: seconds left with -15 s / Skip / +15 s, then a visible
 * "Rest over". Each second only its number changes, so a finger already on a button never loses the tap.
 */
final class RestPanel {
    private enum Mode { NONE, RUNNING, OVER }

    private final PlayerActions actions;
    private final HTMLElement slot = Dom.el("div", "rest-slot");
    private Mode mode = Mode.NONE;
    private HTMLElement seconds;

    RestPanel(PlayerActions actions) {
        this.actions = actions;
    }

    HTMLElement element() {
        return slot;
    }

    /** Brings the panel up to date with the session at {@code now}. */
    void update(WorkoutSession session, long now) {
        long left = session.restRemainingSeconds(now);
        Mode next = left > 0 ? Mode.RUNNING : session.restEndsAt() > 0 ? Mode.OVER : Mode.NONE;
        if (next != mode) {
            mode = next;
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
        HTMLElement clock = Dom.append(Dom.el("div", "rest-clock"), seconds, Dom.text("span", "rest-unit", "s"));
        if (mode == Mode.RUNNING) {
            Dom.append(panel, Dom.text("div", "rest-label", "Rest"), clock, Dom.append(Dom.el("div", "rest-actions"),
                    Modals.button("\u221215 s", "rest-minus", false,
                            () -> actions.adjustRest(-PlayerActions.REST_STEP_SECONDS)),
                    Modals.button("Skip", "skip-rest", true, actions::skipRest),
                    Modals.button("+15 s", "rest-plus", false,
                            () -> actions.adjustRest(PlayerActions.REST_STEP_SECONDS))));
        } else {
            panel.setAttribute("role", "alert");
            Dom.append(panel, Dom.text("div", "rest-label rest-over", "Rest over \u2014 next set!"), clock,
                    Dom.append(Dom.el("div", "rest-actions"),
                            Modals.button("OK", "skip-rest", true, actions::skipRest)));
        }
        Dom.replaceContent(slot, panel);
    }
}
