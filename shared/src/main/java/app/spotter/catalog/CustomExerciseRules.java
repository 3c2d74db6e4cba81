package app.spotter.catalog;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseKind;
import java.util.ArrayList;
import java.util.List;

/** What a custom exercise must be, checked by the client before sending and by the server again. */
public final class CustomExerciseRules {
    private CustomExerciseRules() {
    }

    public static List<FieldError> check(CustomExercise exercise) {
        List<FieldError> errors = new ArrayList<>();
        Checks.name(exercise.name(), "name", errors);
        if (!exercise.name().trim().isEmpty() && Names.normalize(exercise.name()).isEmpty()) {
            errors.add(new FieldError("name", "Name needs a letter or a digit"));
        }
        if (ExerciseKind.fromWire(exercise.kind()) == null) {
            errors.add(new FieldError("kind", "Choose what the exercise logs (weight and reps, time, ...)"));
        }
        label(exercise.muscle(), "muscle", errors);
        label(exercise.equipment(), "equipment", errors);
        return errors;
    }

    /** Whether a name read from an import file can become a custom exercise (whatever kind its sets log). */
    public static boolean acceptsImportedName(String name) {
        return check(new CustomExercise("", name.trim(), ExerciseKind.WEIGHT_REPS.wireName(), "", "", 0)).isEmpty();
    }

    /** The exercise with its text fields trimmed; refused with every problem found. */
    public static CustomExercise require(CustomExercise exercise) {
        List<FieldError> errors = check(exercise);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CustomExercise(exercise.id(), exercise.name().trim(), exercise.kind(), exercise.muscle().trim(),
                exercise.equipment().trim(), exercise.createdAt());
    }

    private static void label(String value, String field, List<FieldError> errors) {
        if (value.trim().codePointCount(0, value.trim().length()) > Limits.NAME_MAX_CHARS) {
            errors.add(new FieldError(field, "At most " + Limits.NAME_MAX_CHARS + " characters"));
        }
    }
}
