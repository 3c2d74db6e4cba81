package app.spotter.client.player;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.catalog.KnownExercises;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.Platform;
import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.Focus;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import app.spotter.history.WeightUnit;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The player screen at {@code /workouts/active}. It draws the {@link WorkoutPlayer}'s {@link LiveState} (read
 * only) and forwards taps to {@link WorkoutEdits}, {@link WorkoutFinish} and {@link WorkoutChoices}; once a
 * second it updates only the timers and the sync status.
 */
public final class PlayerView implements View, WorkoutPlayer.Screen {
    /** Where the player reads the server's draft as it opens. */
    public static final String DRAFT_PATH = WorkoutDraftApi.PATH;
    private final WorkoutPlayer player;
    private final Platform platform;
    private final KnownExercises catalog;
    private HTMLElement root;
    private String shownActiveId = "";
    private Drawn drawn;
    /** The workout on show and the exercise whose card is open in it ("" for none). */
    private Workout shownWorkout;
    private String openId = "";
    /** The live workout on show, kept while it stays on screen so that a change patches it; null otherwise. */
    private LiveWorkoutScreen live;
    // The control that opened the question on show, to have the keyboard back when it is answered.
    private final FocusReturn opener = new FocusReturn();
    private boolean asking;

    /** What the screen on show was drawn from: a redraw from an equal value changes nothing and is skipped. */
    private record Drawn(LiveState state, WeightUnit unit, boolean catalogShown, String open) {
    }

    public PlayerView(Platform platform, StorageKeys keys, OutboxRetry outboxRetry) {
        this(platform, keys, GymFloor.browser(), outboxRetry);
    }

    public PlayerView(Platform platform, StorageKeys keys, GymFloor floor, OutboxRetry outboxRetry) {
        this.platform = platform;
        this.player = new WorkoutPlayer(platform, keys, floor, outboxRetry);
        this.catalog = KnownExercises.of(platform, keys);
    }

    @Override
    public void show(HTMLElement into) {
        root = into;
        live = null;
        player.mount(this);
    }

    @Override
    public void leave() {
        live = null;
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
        String open = state.phase() == LiveState.Phase.ACTIVE ? openExercise(state.workout()) : "";
        Drawn next = new Drawn(state.drawnPart(), unit, known != null, open);
        if (next.equals(drawn)) {
            return;
        }
        drawn = next;
        shownWorkout = state.workout();
        openId = open;
        // Read before a patch takes the focused control out of the page.
        TypedInput typing = TypedInput.find(root);
        String focused = Focus.currentKey();
        boolean focusInside = Dom.isInside(Focus.active(), root);
        boolean patch = live != null && state.phase() == LiveState.Phase.ACTIVE;
        HTMLElement screen;
        if (state.phase() == LiveState.Phase.ACTIVE) {
            live = patch ? live : new LiveWorkoutScreen(player);
            live.draw(state, open, unit, known);
            screen = live.element();
        } else {
            live = null;
            screen = Dom.el("section", "player");
            if (state.phase() == LiveState.Phase.LOADING) {
                Dom.append(screen, LiveWorkoutScreen.notice(state),
                        Dom.text("p", "player-loading", "Loading your workout\u2026"));
            } else if (state.phase() == LiveState.Phase.EMPTY) {
                Dom.append(screen, LiveWorkoutScreen.notice(state), empty());
            } else {
                Dom.append(screen, LiveWorkoutScreen.notice(state), SummaryPanel.render(state, player.finishing(),
                        platform.router(), unit));
            }
        }
        HTMLElement dialog = QuestionDialog.render(state, player);
        if (dialog != null) {
            Dom.append(screen, dialog);
        }
        boolean wasAsking = asking;
        asking = dialog != null;
        if (asking && !wasAsking) {
            opener.remember(focused);
        }
        // The live parts are filled in and a value being typed is carried over before the new screen takes the
        // old one's place in one step, so no reader of the page ever catches an empty screen or a 00:00 timer,
        // and a redraw from the server never wipes what the user is typing. A live workout already on screen is
        // patched in place instead: only its changed cards and the small parts around them are new.
        refresh();
        if (!patch) {
            Dom.replaceContent(root, screen);
        }
        if (typing != null) {
            typing.restoreInto(root);
        }
        revealOpenExercise(state, open);
        if (asking && (!wasAsking || !Focus.restore(focused))) {
            Modal.focusFirstButton(dialog);
        } else if (wasAsking && !asking) {
            opener.giveBack();
        } else if (focusInside && Focus.lost()) {
            keepKeyboardInActiveExercise();
        }
    }

    // The control in use went with the change (the last set done closed its card): the keyboard goes on in the
    // exercise that opened, on its next set to do, instead of falling to the page and Tab landing on Finish.
    private void keepKeyboardInActiveExercise() {
        HTMLElement card = root.querySelector(".exercise.active");
        if (card == null) {
            return;
        }
        HTMLElement next = card.querySelector("[data-action=done]");
        HTMLElement target = next != null ? next : card.querySelector("button:not([disabled])");
        if (target != null) {
            target.focus();
        }
    }

    @Override
    public void refresh() {
        if (live != null && player.state().workout() != null) {
            live.refresh(player.state(), player.now());
        }
    }

    /**
     * The exercise whose card is open: the active one, except just after a set done in the open card moved the
     * workout on (its last set, a superset's round). Then the tap's own change (the row turning done, the rest
     * starting) is drawn in the tap's frame with the card still open, and the move (this card closing, the next
     * opening and scrolling into view, two cards' worth of layout) a moment later, in a task of its own: on a slow
     * phone the tap answers within a frame.
     */
    private String openExercise(Workout workout) {
        String active = workout.activeExercise() == null ? "" : workout.activeExercise().id();
        if (live == null || shownWorkout == null || active.equals(openId)) {
            return active;
        }
        WorkoutExercise was = shownWorkout.exercise(openId);
        WorkoutExercise now = workout.exercise(openId);
        if (was == null || now == null || now.isRemoved() || now.setsDone() <= was.setsDone()) {
            return active;
        }
        platform.scheduler().afterPaint(this::redraw);
        return openId;
    }

    // When the open exercise changes (next, a tap, another device, a reload), bring it into view.
    private void revealOpenExercise(LiveState state, String active) {
        if (state.phase() != LiveState.Phase.ACTIVE || active.isEmpty()) {
            return;
        }
        boolean first = state.workout().visibleExercises().get(0).id().equals(active);
        if (!active.equals(shownActiveId) && (!shownActiveId.isEmpty() || !first)) {
            HTMLElement card = root.querySelector(".exercise.active");
            if (card != null) {
                card.scrollIntoView();
            }
        }
        shownActiveId = active;
    }

    private HTMLElement empty() {
        HTMLElement link = Dom.text("a", "btn btn-primary", "Choose a workout");
        link.setAttribute("href", Route.TEMPLATES);
        link.addEventListener("click", event -> {
            event.preventDefault();
            platform.router().go(Route.TEMPLATES);
        });
        HTMLElement startEmpty = Dom.button("Start empty workout", "start-empty",
                () -> new WorkoutStarter(platform, player.keys()).startEmpty());
        return Dom.append(Dom.el("div", "player-empty"), Dom.text("h1", "", "No workout in progress"), link,
                startEmpty);
    }
}
