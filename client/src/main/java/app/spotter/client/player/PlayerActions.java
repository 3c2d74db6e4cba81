package app.spotter.client.player;

import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;

/** What the user does during a workout: each action runs a shared model operation and commits the result. */
public final class PlayerActions {
    /** How much one tap on +15 s / -15 s changes the rest. */
    public static final int REST_STEP_SECONDS = 15;
    private final PlayerController player;

    PlayerActions(PlayerController player) {
        this.player = player;
    }

    /** Marks a set done and starts its exercise's rest; stored at once and synced to the server at once. */
    public void completeSet(int exercise, int set) {
        WorkoutSession session = active();
        if (session != null && !session.set(exercise, set).done()) {
            player.commit(session.completeSet(exercise, set, player.now()), true);
        }
    }

    public void undoSet(int exercise, int set) {
        WorkoutSession session = active();
        if (session != null && session.set(exercise, set).done()) {
            player.commit(session.undoSet(exercise, set, player.now()), false);
        }
    }

    /** Records the reps and weight typed for a set; text that is not a number in range is refused with a message
     * for that field, and the session is left as it was. */
    public void editSet(int exercise, int set, String repsText, String weightText) {
        WorkoutSession session = active();
        if (session == null) {
            return;
        }
        String at = "exercises[" + exercise + "].sets[" + set + "]";
        try {
            int reps = parseReps(repsText, at + ".reps");
            double weight = parseWeight(weightText, at + ".weight");
            if (reps != session.set(exercise, set).reps() || weight != session.set(exercise, set).weight()) {
                player.commit(session.editSet(exercise, set, reps, weight, player.now()), false);
            } else if (player.state().editError() != null) {
                player.update(s -> s.withEditError(null));
                player.redraw();
            }
        } catch (ValidationException refused) {
            player.update(s -> s.withEditError(refused.first()));
            player.redraw();
        }
    }

    /** Fills the actual reps and weight of an exercise's sets with last time's, stored like any edit. */
    public void sameAsLastTime(int exercise) {
        WorkoutSession session = active();
        if (session == null) {
            return;
        }
        String name = session.exercises().get(exercise).name();
        WorkoutSession filled = LastTime.fill(session, exercise, player.state().lastTime().of(name), player.now());
        if (!filled.equals(session)) {
            player.commit(filled, false);
        }
    }

    public void selectExercise(int exercise) {
        WorkoutSession session = active();
        if (session != null && exercise >= 0 && exercise < session.exercises().size()
                && exercise != session.activeExerciseIndex()) {
            player.commit(session.moveTo(exercise, player.now()), false);
        }
    }

    public void nextExercise() {
        WorkoutSession session = active();
        if (session != null) {
            selectExercise(session.activeExerciseIndex() + 1);
        }
    }

    public void previousExercise() {
        WorkoutSession session = active();
        if (session != null) {
            selectExercise(session.activeExerciseIndex() - 1);
        }
    }

    public void skipRest() {
        WorkoutSession session = active();
        if (session != null && session.restEndsAt() > 0) {
            player.commit(session.skipRest(player.now()), false);
        }
    }

    /** Lengthens (positive) or shortens (negative) the running rest. */
    public void adjustRest(int deltaSeconds) {
        WorkoutSession session = active();
        if (session != null && session.restRemainingSeconds(player.now()) > 0) {
            player.commit(session.adjustRest(deltaSeconds, player.now()), false);
        }
    }

    /** The user keeps this session over the different one another device put on the server. */
    public void keepThisSession() {
        WorkoutSession session = active();
        if (session != null && player.state().conflictWith() != null) {
            player.update(s -> s.withConflictWith(null));
            player.sync.replaceServerDraft(session);
            player.redraw();
        }
    }

    /** The user switches to the session another device put on the server; this one is kept under a backup key. */
    public void switchToOtherSession() {
        WorkoutSession session = active();
        WorkoutSession other = player.state().conflictWith();
        if (session != null && other != null) {
            String notice = "\"" + session.name() + "\" from this device is kept under "
                    + player.store.keepAside(session) + ".";
            player.update(s -> s.withConflictWith(null).withNotice(notice));
            player.persist(other);
            player.show(other);
            player.sync.switchTo(other);
            player.redraw();
        }
    }

    private WorkoutSession active() {
        PlayerState state = player.state();
        return state.phase() == PlayerState.Phase.ACTIVE ? state.session() : null;
    }

    private static int parseReps(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (RuntimeException notANumber) {
            throw new ValidationException(new FieldError(field, "Reps must be a whole number"));
        }
    }

    private static double parseWeight(String text, String field) {
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (RuntimeException notANumber) {
            throw new ValidationException(new FieldError(field, "Weight must be a number of kilograms"));
        }
    }
}
