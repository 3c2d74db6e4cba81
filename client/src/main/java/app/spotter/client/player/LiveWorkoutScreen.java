package app.spotter.client.player;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The live workout on screen: its header (name, sync status, timer, Finish), notice and note, the exercise cards,
 * adding an exercise, Discard and the rest panel. It stays while the workout is on screen, and a redraw patches it
 * in place: the {@link CardList} keeps the cards that did not change, the small parts around it are new.
 */
final class LiveWorkoutScreen {
    private final WorkoutPlayer player;
    private final HTMLElement screen = Dom.el("section", "player");
    private final CardList cards = new CardList();
    private HTMLElement timer;
    private HTMLElement syncStatus;
    private RestPanel rest;

    LiveWorkoutScreen(WorkoutPlayer player) {
        this.player = player;
        Dom.append(screen, cards.element());
    }

    HTMLElement element() {
        return screen;
    }

    /** Brings the screen up to date with {@code state}; whatever follows the rest panel (a dialog) is dropped. */
    void draw(LiveState state, WeightUnit unit, ExerciseCatalog known) {
        keepOnlyCards();
        Workout workout = state.workout();
        timer = Dom.text("div", "workout-timer", "00:00");
        timer.setAttribute("id", "workout-timer");
        timer.setAttribute("role", "timer");
        timer.setAttribute("aria-label", "Time since the start");
        syncStatus = Dom.text("span", "sync-status", "");
        syncStatus.setAttribute("id", "sync-status");
        syncStatus.setAttribute("aria-live", "polite");
        HTMLElement title = Dom.append(Dom.el("div", "player-title"),
                Dom.text("h1", "workout-name", workout.nameValue()), syncStatus);
        HTMLElement header = Dom.append(Dom.el("header", "player-header"), title, timer,
                Buttons.styled("btn-primary", "Finish", "finish", player.finishing()::finish));
        HTMLElement list = cards.draw(workout, state, unit, player.edits(), player.now());
        for (HTMLElement part : new HTMLElement[] {header, notice(state), workoutNote(workout)}) {
            screen.insertBefore(part, list);
        }
        if (workout.visibleExercises().isEmpty()) {
            Dom.append(screen, Dom.text("p", "player-no-exercises muted", "No exercises yet: add the first one."));
        }
        if (state.picking().isEmpty()) {
            Dom.append(screen, Dom.button("+ Add exercise", "add-exercise",
                    () -> player.edits().openPicker(LiveState.ADDING)));
        } else {
            WorkoutExercise replacing = state.picking().equals(LiveState.ADDING) ? null
                    : workout.exercise(state.picking());
            Dom.append(screen, ExerciseForm.render(replacing, known, state.editError(), player.edits()));
        }
        rest = new RestPanel(player.edits(), player.alerts());
        HTMLElement footer = Dom.append(Dom.el("div", "player-footer"),
                Dom.button("Discard workout", "discard", player.finishing()::askDiscard));
        Dom.append(screen, footer, rest.element());
    }

    /** The parts that move with the clock: the workout timer, the sync status, the rest and a running stopwatch. */
    void refresh(LiveState state, long now) {
        Workout workout = state.workout();
        timer.setTextContent(TimerFormat.mmss(workout.elapsedSeconds(now)));
        String label = state.syncStatus().label();
        syncStatus.setTextContent(label);
        syncStatus.setClassName("sync-status " + label);
        rest.update(workout, now, state.askingNotifications());
        HTMLElement stopwatch = screen.querySelector("[data-action=stop-stopwatch]");
        if (stopwatch != null) {
            String text = "Stop " + Math.max(0, (now - state.stopwatchSince()) / 1000) + " s";
            stopwatch.setTextContent(text);
            stopwatch.setAttribute("aria-label", text + ", set " + stopwatch.getAttribute("data-set-number"));
        }
    }

    static HTMLElement notice(LiveState state) {
        HTMLElement notice = Dom.text("p", state.notice().isEmpty() ? "notice empty" : "notice", state.notice());
        notice.setAttribute("role", "status");
        return notice;
    }

    // Everything but the card list goes; the list stays where it is in the page, so the browser keeps its layout.
    private void keepOnlyCards() {
        HTMLElement kept = cards.element();
        while (screen.getFirstChild() != null && !Dom.isSame(screen.getFirstChild(), kept)) {
            screen.removeChild(screen.getFirstChild());
        }
        while (screen.getLastChild() != null && !Dom.isSame(screen.getLastChild(), kept)) {
            screen.removeChild(screen.getLastChild());
        }
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
