package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.history.SummaryBlock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Router;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.session.WorkoutSession;
import org.teavm.jso.dom.html.HTMLElement;

/** The summary after "Finish": duration, sets and volume, and whether the workout is saved on the server yet. */
final class SummaryPanel {
    private SummaryPanel() {
    }

    static HTMLElement render(PlayerState state, FinishFlow finishing, Router router, WeightUnit unit) {
        WorkoutSession session = state.session();
        HTMLElement summary = Dom.el("section", "summary");
        HTMLElement facts = Dom.append(Dom.el("dl", "summary-facts"),
                fact("Duration", "summary-duration", TimerFormat.mmss(session.durationSeconds())),
                fact("Sets done", "summary-sets", session.setsDone() + " of " + session.setsPlanned()),
                fact("Volume, " + unit.label(), "summary-volume", WeightText.totalNumber(session.volumeKg(), unit)));
        Dom.append(summary, Dom.text("p", "summary-kicker", "Workout complete"),
                Dom.text("h1", "summary-title", session.name()), facts, status(state));
        if (state.serverSummary() != null) {
            Dom.append(summary, SummaryBlock.render(state.serverSummary(), unit));
        }
        if (state.logStatus() == PlayerState.LogStatus.NOT_SAVED) {
            Dom.append(summary, Modals.button("Try saving again", "retry-log", true, finishing::retry));
        }
        if (state.logStatus() != PlayerState.LogStatus.SAVING) {
            Dom.append(summary, Modals.button("Back to workouts", "back-to-workouts",
                    state.logStatus() == PlayerState.LogStatus.SAVED, () -> router.go(Route.TEMPLATES)));
        }
        return summary;
    }

    private static HTMLElement fact(String label, String className, String value) {
        return Dom.append(Dom.el("div", "summary-fact"), Dom.text("dt", "", label),
                Dom.text("dd", className, value));
    }

    private static HTMLElement status(PlayerState state) {
        switch (state.logStatus()) {
            case SAVED:
                return Dom.text("p", "log-status saved", "Saved to your history.");
            case NOT_SAVED:
                HTMLElement problem = Dom.text("p", "log-status not-saved", "Not saved yet: "
                        + state.logError().message() + " The workout is kept on this device and will be sent again.");
                problem.setAttribute("role", "alert");
                return problem;
            default:
                return Dom.text("p", "log-status saving", "Saving\u2026");
        }
    }
}
