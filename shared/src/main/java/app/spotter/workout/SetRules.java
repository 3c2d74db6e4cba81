package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The checks of one set of a workout: its id, position, the fields of its kind only, their limits, targets.
 * Field paths are relative to the set ({@code reps}, {@code targets.weight}). */
final class SetRules {
    private SetRules() {
    }

    static void check(WorkoutSet s, ExerciseKind kind, List<FieldError> errors, StampBound bound) {
        if (!Checks.isItemId(s.id())) {
            errors.add(new FieldError("id", "id must be 1 to 100 letters, digits, '-', '_' or '.'"));
        }
        if (s.position() != null && !PositionKey.isValid(s.position().value())) {
            errors.add(new FieldError("position", "position must be a position key"));
        }
        onlyIfTaken(s.reps(), kind.takesReps(), kind, "reps", errors);
        onlyIfTaken(s.weight(), kind.takesWeight(), kind, "weight", errors);
        onlyIfTaken(s.durationSeconds(), kind.takesDuration(), kind, "durationSeconds", errors);
        onlyIfTaken(s.distanceMeters(), kind.takesDistance(), kind, "distanceMeters", errors);
        if (s.reps() != null) {
            Checks.reps(s.reps().value(), "reps", errors);
        }
        if (s.weight() != null) {
            Checks.weight(s.weight().value(), "weight", errors);
        }
        if (s.durationSeconds() != null) {
            Checks.durationSeconds(s.durationSeconds().value(), "durationSeconds", errors);
        }
        if (s.distanceMeters() != null) {
            Checks.distanceMeters(s.distanceMeters().value(), "distanceMeters", errors);
        }
        if (s.rpe() != null) {
            Checks.rpe(s.rpe().value(), "rpe", errors);
        }
        if (s.targets() != null) {
            targets(s.targets().value(), kind, "targets", errors);
        }
        bound.check(s.created(), "created").check(s.position(), "position").check(s.type(), "type")
                .check(s.reps(), "reps").check(s.weight(), "weight")
                .check(s.durationSeconds(), "durationSeconds").check(s.distanceMeters(), "distanceMeters")
                .check(s.rpe(), "rpe").check(s.targets(), "targets").check(s.doneAt(), "doneAt")
                .check(s.undone(), "undone").check(s.removed(), "removed");
    }

    /** Targets within the limits, and zero in every field the kind does not take. */
    static void targets(Targets t, ExerciseKind kind, String at, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        if (!t.equals(t.forKind(kind))) {
            errors.add(new FieldError(at, "targets of a " + kind.wireName() + " exercise take only its fields"));
        }
        Checks.reps(t.reps(), "reps", found);
        Checks.weight(t.weight(), "weight", found);
        Checks.durationSeconds(t.durationSeconds(), "durationSeconds", found);
        Checks.distanceMeters(t.distanceMeters(), "distanceMeters", found);
        for (FieldError error : found) {
            errors.add(new FieldError(at + "." + error.field(), error.message()));
        }
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
