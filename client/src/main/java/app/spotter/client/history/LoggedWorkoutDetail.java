package app.spotter.client.history;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Plural;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.history.WorkoutSummary;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a logged workout's page shows of it, read only: date, duration, sets and volume, a line when an edit still
 * waits to upload, its note, best sets and records, and its exercises in order with their notes and each set in its
 * kind's words (its type as {@code data-set-type}, "(not done)" for a set left undone).
 */
final class LoggedWorkoutDetail {
    private LoggedWorkoutDetail() {
    }

    /** Appends the workout's parts to {@code page}; {@code summary} is null until the server has answered. */
    static void render(HTMLElement page, Workout workout, WorkoutSummary summary, WeightUnit unit,
                       boolean editWaiting) {
        Dom.append(page, Dom.text("p", "history-meta", HistoryText.date(workout.startedAt()) + " \u00b7 "
                + HistoryText.duration(workout.durationSeconds()) + " \u00b7 " + workout.setsDone() + " of "
                + Plural.of(workout.setsPlanned(), "set") + " \u00b7 " + WeightText.total(workout.volumeKg(), unit)));
        if (editWaiting) {
            Dom.append(page, Dom.text("p", "history-waiting", HistoryView.waitingText(HistoryEntry.Waiting.EDIT)));
        }
        if (!workout.noteValue().isEmpty()) {
            Dom.append(page, Dom.text("p", "detail-note workout-note", workout.noteValue()));
        }
        if (summary != null) {
            Dom.append(page, SummaryBlock.render(summary, unit));
        }
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            Dom.append(page, exercise(exercise, unit));
        }
    }

    private static HTMLElement exercise(WorkoutExercise exercise, WeightUnit unit) {
        HTMLElement sets = Dom.el("ol", "detail-sets");
        for (WorkoutSet set : exercise.visibleSets()) {
            HTMLElement li = Dom.text("li", set.isDone() ? "detail-set done" : "detail-set skipped",
                    SetText.of(exercise.kind(), set, unit) + (set.isDone() ? "" : " (not done)"));
            li.setAttribute("data-set-type", set.typeValue().wireName());
            Dom.append(sets, li);
        }
        HTMLElement block = Dom.el("div", "detail-exercise");
        block.setAttribute("data-kind", exercise.kind().wireName());
        Dom.append(block, Dom.text("h2", "detail-exercise-name", exercise.nameValue()));
        if (!exercise.noteValue().isEmpty()) {
            Dom.append(block, Dom.text("p", "detail-note exercise-note", exercise.noteValue()));
        }
        return Dom.append(block, sets);
    }
}
