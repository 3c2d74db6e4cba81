package app.spotter.client.player;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.catalog.KnownExercises;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.Platform;
import app.spotter.client.settings.UnitSetting;
import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The player screen at {@code /workouts/active}. It draws the {@link WorkoutPlayer}'s {@link LiveState} (read
 * only) and forwards taps to {@link WorkoutEdits}, {@link WorkoutFinish} and {@link WorkoutChoices}; once a
 * second it updates only the timers and the sync status.
 */
public final class PlayerView implements View, WorkoutPlayer.Screen {
    private final WorkoutPlayer player;
    private final Platform platform;
    private final KnownExercises catalog;
    private HTMLElement root;
    private HTMLElement timer;
    private HTMLElement syncStatus;
    private RestPanel rest;
    private String shownActiveId = "";
    private Drawn drawn;

    /** What the screen on show was drawn from: a redraw from an equal value changes nothing and is skipped. */
    private record Drawn(LiveState state, WeightUnit unit, boolean catalogShown) {
    }

    public PlayerView(Platform platform, StorageKeys keys) {
        this(platform, keys, GymFloor.browser());
    }

    public PlayerView(Platform platform, StorageKeys keys, GymFloor floor) {
        this.platform = platform;
        this.player = new WorkoutPlayer(platform, keys, floor);
        this.catalog = KnownExercises.of(platform, keys);
    }

    @Override
    public void show(HTMLElement into) {
        root = into;
        player.mount(this);
    }

    @Override
    public void leave() {
        player.unmount();
    }

    @Override
    public void redraw() {
        if (root == null) {
            return;
        }
        LiveState state = player.state();
        WeightUnit unit = new UnitSetting(platform.storage()).unit();
        ExerciseCatalog known = state.picking().isEmpty() ? null : catalog.get(this::redraw);
        Drawn next = new Drawn(state.drawnPart(), unit, known != null);
        if (next.equals(drawn)) {
            return;
        }
        drawn = next;
        HTMLElement screen = Dom.el("section", "player");
        timer = null;
        syncStatus = null;
        rest = null;
        switch (state.phase()) {
            case LOADING:
                Dom.append(screen, Dom.text("p", "player-loading", "Loading your workout\u2026"));
                break;
            case EMPTY:
                Dom.append(screen, notice(state), empty());
                break;
            case SUMMARY:
                Dom.append(screen, notice(state), SummaryPanel.render(state, player.finishing(), platform.router(),
                        unit));
                break;
            default:
                drawActive(screen, state, unit, known);
        }
        HTMLElement dialog = QuestionDialog.render(state, player);
        if (dialog != null) {
            Dom.append(screen, dialog);
        }
        // The live parts are filled in and a value being typed is carried over before the new screen takes the
        // old one's place in one step, so no reader of the page ever catches an empty screen or a 00:00 timer,
        // and a redraw from the server never wipes what the user is typing.
        refresh();
        TypedInput typing = TypedInput.find(root);
        Dom.replaceContent(root, screen);
        if (typing != null) {
            typing.restoreInto(root);
        }
        revealActiveExercise(state);
        if (dialog != null) {
            Modals.focusFirstChoice(dialog);
        }
    }

    @Override
    public void refresh() {
        LiveState state = player.state();
        Workout workout = state.workout();
        if (workout == null) {
            return;
        }
        long now = player.now();
        if (timer != null) {
            timer.setTextContent(TimerFormat.mmss(workout.elapsedSeconds(now)));
        }
        if (syncStatus != null) {
            String label = state.syncStatus().label();
            syncStatus.setTextContent(label);
            syncStatus.setClassName("sync-status " + label);
        }
        if (rest != null) {
            rest.update(workout, now, state.askingNotifications());
        }
        HTMLElement stopwatch = root == null ? null : root.querySelector("[data-action=stop-stopwatch]");
        if (stopwatch != null) {
            String label = "Stop " + Math.max(0, (now - state.stopwatchSince()) / 1000) + " s";
            stopwatch.setTextContent(label);
            stopwatch.setAttribute("aria-label", label + ", set " + stopwatch.getAttribute("data-set-number"));
        }
    }

    private void drawActive(HTMLElement screen, LiveState state, WeightUnit unit, ExerciseCatalog known) {
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
                Modals.button("Finish", "finish", true, player.finishing()::finish));
        Dom.append(screen, header, notice(state), workoutNote(workout));
        List<WorkoutExercise> visible = workout.visibleExercises();
        WorkoutExercise active = workout.activeExercise();
        HTMLElement list = Dom.el("ol", "exercises");
        long now = player.now();
        for (int i = 0; i < visible.size(); i++) {
            Dom.append(list, ExerciseCard.render(workout, i, visible.get(i) == active, state, unit, player.edits(),
                    now));
        }
        if (visible.isEmpty()) {
            Dom.append(screen, Dom.text("p", "player-no-exercises muted", "No exercises yet: add the first one."));
        }
        Dom.append(screen, list);
        if (state.picking().isEmpty()) {
            Dom.append(screen, Modals.button("+ Add exercise", "add-exercise", false,
                    () -> player.edits().openPicker(LiveState.ADDING)));
        } else {
            WorkoutExercise replacing = state.picking().equals(LiveState.ADDING) ? null
                    : workout.exercise(state.picking());
            Dom.append(screen, ExerciseForm.render(replacing, known, state.editError(), player.edits()));
        }
        rest = new RestPanel(player.edits(), player.alerts());
        HTMLElement footer = Dom.append(Dom.el("div", "player-footer"),
                Modals.button("Discard workout", "discard", false, player.finishing()::askDiscard));
        Dom.append(screen, footer, rest.element());
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

    // When the active exercise changes (next, a tap, another device, a reload), bring it into view.
    private void revealActiveExercise(LiveState state) {
        if (state.phase() != LiveState.Phase.ACTIVE || state.workout().activeExercise() == null) {
            return;
        }
        String active = state.workout().activeExercise().id();
        boolean first = state.workout().visibleExercises().get(0).id().equals(active);
        if (!active.equals(shownActiveId) && (!shownActiveId.isEmpty() || !first)) {
            HTMLElement card = root.querySelector(".exercise.active");
            if (card != null) {
                card.scrollIntoView();
            }
        }
        shownActiveId = active;
    }

    private static HTMLElement notice(LiveState state) {
        HTMLElement notice = Dom.text("p", state.notice().isEmpty() ? "notice empty" : "notice", state.notice());
        notice.setAttribute("role", "status");
        return notice;
    }

    private HTMLElement empty() {
        HTMLElement link = Dom.text("a", "btn btn-primary", "Choose a workout");
        link.setAttribute("href", Route.TEMPLATES);
        link.addEventListener("click", event -> {
            event.preventDefault();
            platform.router().go(Route.TEMPLATES);
        });
        HTMLElement startEmpty = Modals.button("Start empty workout", "start-empty", false,
                () -> new WorkoutStarter(platform, player.keys()).startEmpty());
        return Dom.append(Dom.el("div", "player-empty"), Dom.text("h1", "", "No workout in progress"), link,
                startEmpty);
    }
}
