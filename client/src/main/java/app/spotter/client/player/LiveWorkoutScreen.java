package app.spotter.client.player;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The live workout on screen: its header (name, sync status, timer, Finish), notice and note, the exercise cards,
 * adding an exercise, Discard and the rest panel. It stays while the workout is on screen, and a redraw patches it
 * in place: the {@link CardList} keeps the cards that did not change, and the parts around it are kept while they
 * show the same.
 */
final class LiveWorkoutScreen {
    private final WorkoutPlayer player;
    private final HTMLElement screen = Dom.el("section", "player");
    private final CardList cards;
    private final HTMLElement timer = Dom.text("div", "workout-timer", "00:00");
    private final HTMLElement syncStatus = Dom.text("span", "sync-status", "");
    private final HTMLElement noExercises = Dom.text("p", "player-no-exercises muted",
            "No exercises yet: add the first one.");
    private final HTMLElement addExercise;
    private final HTMLElement footer;
    private final RestPanel rest;
    private final HTMLElement notice = notice("");
    private Kept header = Kept.NONE;
    private Kept note = Kept.NONE;

    /** A part of the screen drawn for one value, kept while the value stays the same. */
    private record Kept(String value, HTMLElement element) {
        static final Kept NONE = new Kept(null, null);

        boolean shows(String other) {
            return element != null && value.equals(other);
        }
    }

    LiveWorkoutScreen(WorkoutPlayer player) {
        this.player = player;
        this.cards = new CardList(player.platform.scheduler());
        timer.setAttribute("id", "workout-timer");
        timer.setAttribute("role", "timer");
        timer.setAttribute("aria-label", "Time since the start");
        syncStatus.setAttribute("id", "sync-status");
        syncStatus.setAttribute("aria-live", "polite");
        addExercise = Dom.button("+ Add exercise", "add-exercise", () -> player.edits().openPicker(LiveState.ADDING));
        footer = Dom.append(Dom.el("div", "player-footer"),
                Dom.button("Discard workout", "discard", player.finishing()::askDiscard));
        rest = new RestPanel(player.edits(), player.alerts());
        Dom.append(screen, cards.element());
    }

    HTMLElement element() {
        return screen;
    }

    /**
     * Brings the screen up to date with {@code state}: the parts whose content did not change keep their elements
     * (the header with its timer, the notice, the note, Add exercise, the footer and the rest panel, which counts
     * down on its own), and whatever followed the rest panel (a dialog) is dropped. The card of exercise
     * {@code open} is the open one.
     */
    void draw(LiveState state, String open, WeightUnit unit, ExerciseCatalog known) {
        Workout workout = state.workout();
        if (!header.shows(workout.nameValue())) {
            HTMLElement title = Dom.append(Dom.el("div", "player-title"),
                    Dom.text("h1", "workout-name", workout.nameValue()), syncStatus);
            header = new Kept(workout.nameValue(), Dom.append(Dom.el("header", "player-header"), title, timer,
                    Buttons.styled("btn-primary", "Finish", "finish", player.finishing()::finish)));
        }
        if (!notice.getTextContent().equals(state.notice())) {
            // The same live region, its words changed: a screen reader announces the new notice.
            notice.setTextContent(state.notice());
            notice.setClassName(noticeClass(state.notice()));
        }
        if (!note.shows(workout.noteValue())) {
            note = new Kept(workout.noteValue(), workoutNote(workout));
        }
        List<HTMLElement> parts = new ArrayList<>();
        parts.add(header.element());
        parts.add(notice);
        parts.add(note.element());
        parts.add(cards.draw(workout, open, state, unit, player.edits(), player.now()));
        if (workout.visibleExercises().isEmpty()) {
            parts.add(noExercises);
        }
        if (state.picking().isEmpty()) {
            parts.add(addExercise);
        } else {
            WorkoutExercise replacing = state.picking().equals(LiveState.ADDING) ? null
                    : workout.exercise(state.picking());
            parts.add(ExerciseForm.render(replacing, known, state.editError(), player.edits()));
        }
        parts.add(footer);
        parts.add(rest.element());
        Dom.arrange(screen, parts);
    }

    /** The parts that move with the clock: the workout timer, the sync status, the rest and a running stopwatch. */
    void refresh(LiveState state, long now) {
        Workout workout = state.workout();
        Dom.setText(timer, TimerFormat.mmss(workout.elapsedSeconds(now)));
        String label = state.syncStatus().label();
        Dom.setText(syncStatus, label);
        syncStatus.setClassName("sync-status " + label);
        rest.update(workout, now, state.askingNotifications());
        HTMLElement stopwatch = screen.querySelector("[data-action=stop-stopwatch]");
        if (stopwatch != null) {
            String text = "Stop " + Math.max(0, (now - state.stopwatchSince()) / 1000) + " s";
            Dom.setText(stopwatch, text);
            stopwatch.setAttribute("aria-label", text + ", set " + stopwatch.getAttribute("data-set-number"));
        }
    }

    static HTMLElement notice(LiveState state) {
        return notice(state.notice());
    }

    private static HTMLElement notice(String text) {
        HTMLElement notice = Dom.text("p", noticeClass(text), text);
        notice.setAttribute("role", "status");
        return notice;
    }

    private static String noticeClass(String text) {
        return text.isEmpty() ? "notice empty" : "notice";
    }

    private HTMLElement workoutNote(Workout workout) {
        HTMLTextAreaElement note = (HTMLTextAreaElement) Dom.el("textarea", "field workout-note");
        note.setValue(workout.noteValue());
        note.setAttribute("data-drawn", workout.noteValue());
        note.setAttribute("data-field", "note");
        note.setAttribute("name", "note");
        note.setAttribute("maxlength", "1000");
        note.setAttribute("rows", "1");
        note.setAttribute("placeholder", "Workout note");
        note.setAttribute("aria-label", "Workout note");
        Dom.onChange(note, () -> player.edits().setNote("", note.getValue()));
        return note;
    }
}
