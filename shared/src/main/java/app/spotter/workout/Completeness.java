package app.spotter.workout;

import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
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
            need(-1, -1, w.name(), "name", errors);
            need(-1, -1, w.note(), "note", errors);
            need(-1, -1, w.activeExerciseId(), "activeExerciseId", errors);
            need(-1, -1, w.rest(), "rest", errors);
            need(-1, -1, w.finishedAt(), "finishedAt", errors);
        }
        for (int i = 0; i < w.exercises().size(); i++) {
            WorkoutExercise e = w.exercises().get(i);
            int exerciseIndex = i;
            need(exerciseIndex, -1, e.name(), "name", errors);
            need(exerciseIndex, -1, e.restSeconds(), "restSeconds", errors);
            need(exerciseIndex, -1, e.note(), "note", errors);
            need(exerciseIndex, -1, e.position(), "position", errors);
            need(exerciseIndex, -1, e.supersetGroup(), "supersetGroup", errors);
            ExerciseKind kind = e.kind();
            for (int j = 0; j < e.sets().size(); j++) {
                WorkoutSet s = e.sets().get(j);
                int setIndex = j;
                need(exerciseIndex, setIndex, s.position(), "position", errors);
                need(exerciseIndex, setIndex, s.type(), "type", errors);
                need(exerciseIndex, setIndex, s.rpe(), "rpe", errors);
                need(exerciseIndex, setIndex, s.targets(), "targets", errors);
                if (kind.takesReps()) {
                    need(exerciseIndex, setIndex, s.reps(), "reps", errors);
                }
                if (kind.takesWeight()) {
                    need(exerciseIndex, setIndex, s.weight(), "weight", errors);
                }
                if (kind.takesDuration()) {
                    need(exerciseIndex, setIndex, s.durationSeconds(), "durationSeconds", errors);
                }
                if (kind.takesDistance()) {
                    need(exerciseIndex, setIndex, s.distanceMeters(), "distanceMeters", errors);
                }
            }
        }
    }

    // The path is built only for a missing register: on a whole document none is, and building it for every
    // field of every set would cost more than the check.
    private static void need(int exercise, int set, Register<?> register, String name, List<FieldError> errors) {
        if (register == null) {
            String prefix = exercise < 0 ? ""
                    : (set < 0 ? FieldPath.exercise(exercise) : FieldPath.set(exercise, set)) + ".";
            errors.add(new FieldError(prefix + name, name + " is required"));
        }
    }
}
