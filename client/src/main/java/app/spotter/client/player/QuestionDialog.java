package app.spotter.client.player;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Modal;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Draws the player's {@link Question} as a {@link Modal} whose first (focused) choice is the one that keeps work.
 * Escape means "keep going" where that is a choice; a question about two copies of a workout has no safe way out
 * and waits for an answer.
 */
final class QuestionDialog {
    private QuestionDialog() {
    }

    /** The dialog, or null when nothing is asked. */
    static HTMLElement render(LiveState state, WorkoutPlayer player) {
        Question question = state.question();
        if (question == null) {
            return null;
        }
        WorkoutFinish finishing = player.finishing();
        WorkoutChoices choices = player.choices();
        Runnable waits = () -> { };
        switch (question.kind()) {
            case CONFIRM_FINISH:
                return dialog("finish-modal", "Finish this workout?", question.message() + ".", finishing::keepGoing,
                        Buttons.styled("btn-primary", "Keep going", "keep-going", finishing::keepGoing),
                        Dom.button("Finish anyway", "finish-anyway", finishing::confirmFinish));
            case REFUSE_FINISH:
                return dialog("finish-modal refused", "Nothing to log yet", question.message(), finishing::keepGoing,
                        Buttons.styled("btn-primary", "Keep going", "keep-going", finishing::keepGoing),
                        Buttons.styled("btn-danger", "Discard workout", "confirm-discard", finishing::confirmDiscard));
            case DISCARD:
                return dialog("discard-modal", "Discard this workout?", question.message(), finishing::keepGoing,
                        Buttons.styled("btn-primary", "Keep going", "cancel-discard", finishing::keepGoing),
                        Buttons.styled("btn-danger", "Discard", "confirm-discard", finishing::confirmDiscard));
            case CONFLICT:
                return dialog("conflict-modal", "Another workout is in progress", question.message(), waits,
                        Buttons.styled("btn-primary", "Keep \"" + state.workout().nameValue() + "\"", "keep-this",
                                choices::keepThis),
                        Dom.button("Resume \"" + question.other().nameValue() + "\"", "resume",
                                choices::resumeOther));
            case ADD_TO_LOGGED:
                return dialog("late-changes-modal", "Finished on another device", question.message(), waits,
                        Buttons.styled("btn-primary", "Add to logged workout", "add-late-changes",
                                choices::addToLogged),
                        Buttons.styled("btn-danger", "Drop this device's copy", "drop-late-changes", choices::drop));
            default:
                return dialog("restore-modal", "Deleted on another device", question.message(), waits,
                        Buttons.styled("btn-primary",
                                state.phase() == LiveState.Phase.SUMMARY ? "Log it anyway" : "Keep it", "restore",
                                choices::restore),
                        Buttons.styled("btn-danger", "Drop it", "drop-workout", choices::drop));
        }
    }

    private static HTMLElement dialog(String kind, String title, String text, Runnable onEscape,
            HTMLElement... choices) {
        return Modal.ofKind("modal-stacked " + kind, title, text, onEscape, choices);
    }
}
