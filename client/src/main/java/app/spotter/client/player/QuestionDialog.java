package app.spotter.client.player;

import org.teavm.jso.dom.html.HTMLElement;

/** Draws the player's {@link Question} as a dialog whose first (focused) choice is the one that keeps work. */
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
        switch (question.kind()) {
            case CONFIRM_FINISH:
                return Modals.dialog("finish-modal", "Finish this workout?", question.message() + ".",
                        Modals.button("Keep going", "keep-going", true, finishing::keepGoing),
                        Modals.button("Finish anyway", "finish-anyway", false, finishing::confirmFinish));
            case REFUSE_FINISH:
                return Modals.dialog("finish-modal refused", "Nothing to log yet", question.message(),
                        Modals.button("Keep going", "keep-going", true, finishing::keepGoing),
                        Modals.danger("Discard workout", "confirm-discard", finishing::confirmDiscard));
            case DISCARD:
                return Modals.dialog("discard-modal", "Discard this workout?", question.message(),
                        Modals.button("Keep going", "cancel-discard", true, finishing::keepGoing),
                        Modals.danger("Discard", "confirm-discard", finishing::confirmDiscard));
            case CONFLICT:
                return Modals.dialog("conflict-modal", "Another workout is in progress", question.message(),
                        Modals.button("Keep \"" + state.workout().nameValue() + "\"", "keep-this", true,
                                choices::keepThis),
                        Modals.button("Resume \"" + question.other().nameValue() + "\"", "resume", false,
                                choices::resumeOther));
            case ADD_TO_LOGGED:
                return Modals.dialog("late-changes-modal", "Finished on another device", question.message(),
                        Modals.button("Add to logged workout", "add-late-changes", true, choices::addToLogged),
                        Modals.danger("Drop this device's copy", "drop-late-changes", choices::drop));
            default:
                return Modals.dialog("restore-modal", "Deleted on another device", question.message(),
                        Modals.button(state.phase() == LiveState.Phase.SUMMARY ? "Log it anyway" : "Keep it",
                                "restore", true, choices::restore),
                        Modals.danger("Drop it", "drop-workout", choices::drop));
        }
    }
}
