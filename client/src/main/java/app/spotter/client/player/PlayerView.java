package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.settings.UnitSetting;
import app.spotter.history.WeightUnit;
import app.spotter.client.platform.Platform;
import app.spotter.session.TimerFormat;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.LateChanges;
import app.spotter.validation.FieldError;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The player screen at {@code /workouts/active}. It draws {@link PlayerState} and forwards taps to the
 * {@link PlayerController}; once a second it updates only the timers and the sync status.
 */
public final class PlayerView implements View, PlayerController.Listener {
    private final PlayerController player;
    private final Platform platform;
    private HTMLElement root;
    private HTMLElement timer;
    private HTMLElement syncStatus;
    private RestPanel rest;
    private int shownActiveIndex = -1;
    private Drawn drawn;

    /** What the screen on show was drawn from: a redraw from an equal value changes nothing and is skipped. */
    private record Drawn(PlayerState state, WeightUnit unit, List<LateChanges.SetChange> lateChanges,
                         boolean sendingLateChanges, FieldError lateChangesError) {
    }

    public PlayerView(Platform platform, StorageKeys keys) {
        this.platform = platform;
        this.player = new PlayerController(platform, keys);
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
        PlayerState state = player.state();
        WeightUnit unit = new UnitSetting(platform.storage()).unit();
        Drawn next = new Drawn(state.drawnPart(), unit, player.lateChanges().changes(), player.lateChanges().sending(),
                player.lateChanges().error());
        if (next.equals(drawn)) {
            return;
        }
        drawn = next;
        HTMLElement screen = Dom.el("section", "player");
        HTMLElement dialog = null;
        switch (state.phase()) {
            case LOADING:
                Dom.append(screen, Dom.text("p", "player-loading", "Loading your workout\u2026"));
                break;
            case EMPTY:
                Dom.append(screen, notice(state), empty());
                dialog = LateChangesDialog.render(player.lateChanges());
                if (dialog != null) {
                    Dom.append(screen, dialog);
                }
                break;
            case SUMMARY:
                Dom.append(screen, notice(state), SummaryPanel.render(state, player.finishing(), platform.router(),
                        unit));
                break;
            default:
                dialog = drawActive(screen, state, unit);
        }
        if (state.phase() != PlayerState.Phase.ACTIVE) {
            timer = null;
            syncStatus = null;
            rest = null;
        }
        // The live parts (timer, sync status, rest) are filled in and a value being typed is carried over before
        // the new screen takes the old one's place in one step, so no reader of the page ever catches an empty
        // screen or a 00:00 timer, and a redraw from the server never wipes what the user is typing.
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
        WorkoutSession session = player.state().session();
        if (session == null) {
            return;
        }
        long now = player.now();
        if (timer != null) {
            timer.setTextContent(TimerFormat.mmss(session.elapsedSeconds(now)));
        }
        if (syncStatus != null) {
            String label = player.state().syncStatus().label();
            syncStatus.setTextContent(label);
            syncStatus.setClassName("sync-status " + label);
        }
        if (rest != null) {
            rest.update(session, now);
        }
    }

    /** Draws the running workout; returns the dialog shown over it, if any. */
    private HTMLElement drawActive(HTMLElement screen, PlayerState state, WeightUnit unit) {
        WorkoutSession session = state.session();
        timer = Dom.text("div", "workout-timer", "00:00");
        timer.setAttribute("id", "workout-timer");
        timer.setAttribute("role", "timer");
        syncStatus = Dom.text("span", "sync-status", "");
        syncStatus.setAttribute("id", "sync-status");
        syncStatus.setAttribute("aria-live", "polite");
        HTMLElement title = Dom.append(Dom.el("div", "player-title"),
                Dom.text("h1", "workout-name", session.name()), syncStatus);
        HTMLElement header = Dom.append(Dom.el("header", "player-header"), title, timer,
                Modals.button("Finish", "finish", true, player.finishing()::finish));
        HTMLElement list = Dom.el("ol", "exercises");
        int count = session.exercises().size();
        for (int i = 0; i < count; i++) {
            Dom.append(list, ExerciseCard.render(session.exercises().get(i), i, count,
                    i == session.activeExerciseIndex(), state.editError(),
                    state.lastTime().of(session.exercises().get(i).name()), unit, player.actions()));
        }
        rest = new RestPanel(player.actions());
        HTMLElement footer = Dom.append(Dom.el("div", "player-footer"),
                Modals.button("Discard workout", "discard", false, player.finishing()::askDiscard));
        Dom.append(screen, header, notice(state), list, footer, rest.element());
        HTMLElement dialog = null;
        if (state.confirmingDiscard()) {
            dialog = Modals.dialog("discard-modal", "Discard this workout?",
                    "Its sets will not be saved, on this device or on the server.",
                    Modals.button("Keep going", "cancel-discard", true, player.finishing()::cancelDiscard),
                    Modals.danger("Discard", "confirm-discard", player.finishing()::confirmDiscard));
        } else if (state.conflictWith() != null) {
            WorkoutSession other = state.conflictWith();
            dialog = Modals.dialog("conflict-modal", "Another workout is in progress",
                    "\"" + other.name() + "\" was started on another device. Which one do you want to keep?",
                    Modals.button("Keep \"" + session.name() + "\"", "keep-this", true,
                            player.actions()::keepThisSession),
                    Modals.button("Resume \"" + other.name() + "\"", "resume", false,
                            player.actions()::switchToOtherSession));
        }
        if (dialog != null) {
            Dom.append(screen, dialog);
        }
        return dialog;
    }

    // When the active exercise changes (next, previous, a tap, another device, a reload), bring it into view.
    private void revealActiveExercise(PlayerState state) {
        if (state.phase() != PlayerState.Phase.ACTIVE) {
            return;
        }
        int active = state.session().activeExerciseIndex();
        if (active != shownActiveIndex && (shownActiveIndex != -1 || active > 0)) {
            HTMLElement card = root.querySelector(".exercise.active");
            if (card != null) {
                card.scrollIntoView();
            }
        }
        shownActiveIndex = active;
    }

    private static HTMLElement notice(PlayerState state) {
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
        return Dom.append(Dom.el("div", "player-empty"), Dom.text("h1", "", "No workout in progress"), link);
    }
}
