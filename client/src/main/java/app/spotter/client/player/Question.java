package app.spotter.client.player;

import app.spotter.workout.Workout;

/**
 * The one question the player asks over its screen, if any: before Finish, before Discard, when another workout is
 * active on the server, when the workout was logged elsewhere (add this device's copy to it?), or when it was
 * deleted or discarded elsewhere (log it anyway?).
 *
 * @param message what the dialog says
 * @param other the other workout (CONFLICT) or the logged one (ADD_TO_LOGGED); null otherwise
 */
record Question(Kind kind, String message, Workout other) {
    /** What is asked. */
    enum Kind { CONFIRM_FINISH, REFUSE_FINISH, DISCARD, CONFLICT, ADD_TO_LOGGED, RESTORE }

    static Question of(Kind kind, String message) {
        return new Question(kind, message, null);
    }

    /** The question Finish asks for this check, or null when it finishes at once. */
    static Question finishing(FinishCheck check) {
        switch (check.outcome()) {
            case CONFIRM:
                return of(Kind.CONFIRM_FINISH, check.message());
            case REFUSE:
                return of(Kind.REFUSE_FINISH, check.message());
            default:
                return null;
        }
    }
}
