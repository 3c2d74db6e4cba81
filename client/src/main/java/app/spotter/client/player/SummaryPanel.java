package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.history.SummaryBlock;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.Router;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The summary after "Finish": duration, sets and volume, whether the workout is logged on the server yet, and
 * "Save as template" / "Update template" (the latter for a workout started from a template).
 */
final class SummaryPanel {
    private SummaryPanel() {
    }

    static HTMLElement render(LiveState state, WorkoutFinish finishing, Router router, WeightUnit unit) {
        Workout workout = state.workout();
        HTMLElement summary = Dom.el("section", "summary");
        HTMLElement facts = Dom.append(Dom.el("dl", "summary-facts"),
                fact("Duration", "summary-duration", TimerFormat.mmss(workout.durationSeconds())),
                fact("Sets done", "summary-sets", workout.setsDone() + " of " + workout.setsPlanned()),
                fact("Volume, " + unit.label(), "summary-volume", WeightText.totalNumber(workout.volumeKg(), unit)));
        Dom.append(summary, Dom.text("p", "summary-kicker", "Workout complete"),
                Dom.text("h1", "summary-title", workout.nameValue()), facts, status(state));
        if (state.serverSummary() != null) {
            Dom.append(summary, SummaryBlock.render(state.serverSummary(), unit));
        }
        if (state.logStatus() == LiveState.LogStatus.NOT_SAVED && state.question() == null) {
            Dom.append(summary, Buttons.styled("btn-primary", "Try saving again", "retry-log", finishing::retryLog));
        }
        HTMLElement templates = Dom.el("div", "summary-templates");
        Dom.append(templates, Dom.button("Save as template", "save-as-template",
                finishing::saveAsTemplate));
        if (!workout.templateId().isEmpty()) {
            Dom.append(templates, Dom.button("Update template", "update-template",
                    finishing::updateTemplate));
        }
        Dom.append(summary, templates);
        if (state.logStatus() != LiveState.LogStatus.SAVING) {
            String style = state.logStatus() == LiveState.LogStatus.SAVED ? "btn-primary" : "btn";
            Dom.append(summary, Buttons.styled(style, "Back to workouts", "back-to-workouts",
                    () -> router.go(Route.TEMPLATES)));
        }
        return summary;
    }

    private static HTMLElement fact(String label, String className, String value) {
        return Dom.append(Dom.el("div", "summary-fact"), Dom.text("dt", "", label),
                Dom.text("dd", className, value));
    }

    private static HTMLElement status(LiveState state) {
        switch (state.logStatus()) {
            case SAVED:
                return Dom.text("p", "log-status saved", "Saved to your history.");
            case NOT_SAVED:
                HTMLElement problem = Dom.text("p", "log-status not-saved", "Not saved yet. The workout is kept on "
                        + "this device and will be sent again.");
                problem.setAttribute("role", "alert");
                return problem;
            default:
                return Dom.text("p", "log-status saving", "Saving\u2026");
        }
    }
}
