package app.spotter.workout;

import app.spotter.validation.FieldError;
import java.util.List;

/**
 * Every exercise and set carries all its registers (deltas carry whole items too), and a whole document (not
 * {@code partial}) also every register of the session. Documents built or read here always do; the check keeps
 * a copy made some other way from being stored half-made.
 */
final class Completeness {
    private Completeness() {
    }

    static void check(Workout w, List<FieldError> errors) {
        if (!w.partial()) {
            need(w.name(), "name", errors);
            need(w.note(), "note", errors);
            need(w.activeExerciseId(), "activeExerciseId", errors);
            need(w.rest(), "rest", errors);
            need(w.finishedAt(), "finishedAt", errors);
        }
        for (int i = 0; i < w.exercises().size(); i++) {
            WorkoutExercise e = w.exercises().get(i);
            String at = "exercises[" + i + "]";
            need(e.name(), at + ".name", errors);
            need(e.restSeconds(), at + ".restSeconds", errors);
            need(e.note(), at + ".note", errors);
            need(e.position(), at + ".position", errors);
            need(e.supersetGroup(), at + ".supersetGroup", errors);
            ExerciseKind kind = e.kind();
            for (int j = 0; j < e.sets().size(); j++) {
                WorkoutSet s = e.sets().get(j);
                String setAt = at + ".sets[" + j + "]";
                need(s.position(), setAt + ".position", errors);
                need(s.type(), setAt + ".type", errors);
                need(s.rpe(), setAt + ".rpe", errors);
                need(s.targets(), setAt + ".targets", errors);
                if (kind.takesReps()) {
                    need(s.reps(), setAt + ".reps", errors);
                }
                if (kind.takesWeight()) {
                    need(s.weight(), setAt + ".weight", errors);
                }
                if (kind.takesDuration()) {
                    need(s.durationSeconds(), setAt + ".durationSeconds", errors);
                }
                if (kind.takesDistance()) {
                    need(s.distanceMeters(), setAt + ".distanceMeters", errors);
                }
            }
        }
    }

    private static void need(Register<?> register, String field, List<FieldError> errors) {
        if (register == null) {
            errors.add(new FieldError(field, field.substring(field.lastIndexOf('.') + 1)
                    + " is required"));
        }
    }
}
