package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Dom;
import app.spotter.session.TimerFormat;
import app.spotter.workout.Workout;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The "workout already in progress" modal shown over the templates list by {@link WorkoutStarter}. */
final class ConflictModal implements ConflictPrompt {
    private final Clock clock;

    ConflictModal(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void ask(Workout inProgress, String wantedName, Runnable resume, Runnable discardAndStartNew) {
        HTMLElement body = HTMLDocument.current().getBody();
        HTMLElement[] shown = new HTMLElement[1];
        Runnable close = () -> {
            if (shown[0].getParentNode() != null) {
                shown[0].getParentNode().removeChild(shown[0]);
            }
        };
        String text = "\"" + inProgress.nameValue() + "\" is in progress (running " + TimerFormat.mmss(
                inProgress.elapsedSeconds(clock.now())) + ", " + inProgress.setsDone() + " of "
                + inProgress.setsPlanned() + " sets done). Starting \"" + wantedName + "\" would replace it.";
        shown[0] = Modals.dialog("conflict-modal", "A workout is in progress", text,
                Modals.button("Resume", "resume", true, () -> {
                    close.run();
                    resume.run();
                }),
                Modals.danger("Discard and Start New", "discard-and-start", () -> {
                    close.run();
                    discardAndStartNew.run();
                }),
                Modals.button("Cancel", "cancel", false, close));
        Dom.append(body, shown[0]);
        Modals.focusFirstChoice(shown[0]);
    }
}
