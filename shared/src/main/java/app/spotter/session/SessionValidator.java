package app.spotter.session;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.Limits;
import java.util.ArrayList;
import java.util.List;

/** Checks a session document against {@link Limits} and its own arithmetic, the same way on both sides. */
public final class SessionValidator {
    private static final int SESSION_ID_MAX = 64;

    private SessionValidator() {
    }

    public static List<FieldError> validate(WorkoutSession session) {
        List<FieldError> errors = new ArrayList<>();
        if (!isSessionId(session.sessionId())) {
            errors.add(new FieldError("sessionId", "sessionId must be 1 to " + SESSION_ID_MAX
                    + " letters, digits or dashes"));
        }
        Checks.name(session.name(), "name", errors);
        if (session.startedAt() <= 0) {
            errors.add(new FieldError("startedAt", "startedAt must be a positive time"));
        }
        if (session.revision() < 1) {
            errors.add(new FieldError("revision", "revision must be at least 1"));
        }
        if (session.restEndsAt() < 0) {
            errors.add(new FieldError("restEndsAt", "restEndsAt must not be negative"));
        }
        if (session.isFinished() && session.finishedAt() < session.startedAt()) {
            errors.add(new FieldError("finishedAt", "finishedAt must not be before startedAt"));
        }
        int count = session.exercises().size();
        Checks.count(count, Limits.EXERCISES_MIN, Limits.EXERCISES_MAX, "exercise(s)", "exercises", errors);
        activeExercise(session, errors);
        for (int i = 0; i < count; i++) {
            SessionExercise ex = session.exercises().get(i);
            String at = FieldPath.exercise(i);
            Checks.name(ex.name(), at + ".name", errors);
            Checks.rest(ex.restSeconds(), at + ".restSeconds", errors);
            Checks.count(ex.sets().size(), Limits.SETS_MIN, Limits.SETS_MAX, "set(s)", at + ".sets", errors);
            for (int s = 0; s < ex.sets().size(); s++) {
                SetEntry set = ex.sets().get(s);
                String setAt = FieldPath.set(i, s);
                Checks.reps(set.targetReps(), setAt + ".targetReps", errors);
                Checks.weight(set.targetWeight(), setAt + ".targetWeight", errors);
                Checks.reps(set.reps(), setAt + ".reps", errors);
                Checks.weight(set.weight(), setAt + ".weight", errors);
                if (set.changedAt() < 0) {
                    errors.add(new FieldError(setAt + ".changedAt", "changedAt must not be negative"));
                }
            }
        }
        return errors;
    }

    /** The active exercise is one the session has (or index 0 of a session without exercises). */
    public static void activeExercise(WorkoutSession session, List<FieldError> errors) {
        int count = session.exercises().size();
        if (session.activeExerciseIndex() < 0 || (count > 0 && session.activeExerciseIndex() >= count)) {
            errors.add(new FieldError("activeExerciseIndex", "activeExerciseIndex must point at an exercise"));
        }
    }

    static boolean isSessionId(String id) {
        return Checks.isSessionId(id) && id.length() <= SESSION_ID_MAX;
    }
}
