package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.FocusReturn;
import app.spotter.client.ui.Modal;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "workout already in progress" {@link Modal} shown over the templates list by {@link WorkoutStarter}; Cancel
 * or Escape closes it and gives the keyboard back to the Start button that opened it.
 */
final class ConflictModal implements ConflictPrompt {
    private final Clock clock;
    private final FocusReturn opener = new FocusReturn();

    ConflictModal(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void ask(Workout inProgress, String wantedName, Runnable resume, Runnable discardAndStartNew) {
        HTMLElement body = HTMLDocument.current().getBody();
        HTMLElement[] shown = new HTMLElement[1];
        opener.remember();
        Runnable close = () -> {
            if (shown[0].getParentNode() != null) {
                shown[0].getParentNode().removeChild(shown[0]);
            }
        };
        Runnable cancel = () -> {
            close.run();
            opener.giveBack();
        };
        String text = "\"" + inProgress.nameValue() + "\" is in progress (running " + TimerFormat.mmss(
                inProgress.elapsedSeconds(clock.now())) + ", " + inProgress.setsDone() + " of "
                + inProgress.setsPlanned() + " sets done). Starting \"" + wantedName + "\" would replace it.";
        shown[0] = Modal.ofKind("modal-stacked conflict-modal", "A workout is in progress", text, cancel,
                Buttons.styled("btn-primary", "Resume", "resume", () -> {
                    close.run();
                    resume.run();
                }),
                Buttons.styled("btn-danger", "Discard and Start New", "discard-and-start", () -> {
                    close.run();
                    discardAndStartNew.run();
                }),
                Dom.button("Cancel", "cancel", cancel));
        Modal.show(body, shown[0]);
    }
}
