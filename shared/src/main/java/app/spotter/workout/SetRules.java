package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import java.util.List;

/** The checks of one set of a workout: its id, position, the fields of its kind only, their limits, targets. */
final class SetRules {
    private SetRules() {
    }

    static void check(WorkoutSet s, ExerciseKind kind, String at, List<FieldError> errors, StampBound bound) {
        if (!Checks.isItemId(s.id())) {
            errors.add(new FieldError(at + ".id", "id must be 1 to 100 letters, digits, '-', '_' or '.'"));
        }
        WorkoutValidator.position(s.position(), at, errors);
        onlyIfTaken(s.reps(), kind.takesReps(), kind, at + ".reps", errors);
        onlyIfTaken(s.weight(), kind.takesWeight(), kind, at + ".weight", errors);
        onlyIfTaken(s.durationSeconds(), kind.takesDuration(), kind, at + ".durationSeconds", errors);
        onlyIfTaken(s.distanceMeters(), kind.takesDistance(), kind, at + ".distanceMeters", errors);
        if (s.reps() != null) {
            Checks.reps(s.reps().value(), at + ".reps", errors);
        }
        if (s.weight() != null) {
            Checks.weight(s.weight().value(), at + ".weight", errors);
        }
        if (s.durationSeconds() != null) {
            Checks.durationSeconds(s.durationSeconds().value(), at + ".durationSeconds", errors);
        }
        if (s.distanceMeters() != null) {
            Checks.distanceMeters(s.distanceMeters().value(), at + ".distanceMeters", errors);
        }
        if (s.rpe() != null) {
            Checks.rpe(s.rpe().value(), at + ".rpe", errors);
        }
        if (s.targets() != null) {
            targets(s.targets().value(), kind, at + ".targets", errors);
        }
        bound.check(s.created(), at + ".created").check(s.position(), at + ".position").check(s.type(), at + ".type")
                .check(s.reps(), at + ".reps").check(s.weight(), at + ".weight")
                .check(s.durationSeconds(), at + ".durationSeconds").check(s.distanceMeters(), at + ".distanceMeters")
                .check(s.rpe(), at + ".rpe").check(s.targets(), at + ".targets").check(s.doneAt(), at + ".doneAt")
                .check(s.undone(), at + ".undone").check(s.removed(), at + ".removed");
    }

    /** Targets within the limits, and zero in every field the kind does not take. */
    static void targets(Targets t, ExerciseKind kind, String at, List<FieldError> errors) {
        if (!t.equals(t.forKind(kind))) {
            errors.add(new FieldError(at, "targets of a " + kind.wireName() + " exercise take only its fields"));
        }
        Checks.reps(t.reps(), at + ".reps", errors);
        Checks.weight(t.weight(), at + ".weight", errors);
        Checks.durationSeconds(t.durationSeconds(), at + ".durationSeconds", errors);
        Checks.distanceMeters(t.distanceMeters(), at + ".distanceMeters", errors);
    }

    private static void onlyIfTaken(Register<?> register, boolean taken, ExerciseKind kind, String field,
                                    List<FieldError> errors) {
        if (register != null && !taken) {
            errors.add(new FieldError(field, "A " + kind.wireName() + " exercise has no " + lastPart(field)));
        }
    }

    private static String lastPart(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
