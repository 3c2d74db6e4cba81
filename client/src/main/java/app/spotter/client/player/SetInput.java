package app.spotter.client.player;

import app.spotter.validation.FieldError;
import app.spotter.validation.TypedNumber;
import app.spotter.validation.ValidationException;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;

/**
 * A typed value of one measured field of a set, read and checked once for every screen that takes one (the
 * player, a logged workout's edit page): the shared {@link TypedNumber} ("62,5" is 62.5, "1e2" is refused), whole numbers for reps and seconds,
 * then the shared {@link SetEdits} operation with its limits. Weights come in as kilogram text
 * ({@link WeightInput#toKgText}). A refusal is a {@link ValidationException} naming the set's path.
 */
public final class SetInput {
    private SetInput() {
    }

    /** {@code field} is "reps", "weight" (kg), "durationSeconds" or "distanceMeters". */
    public static Workout edit(Workout w, String exerciseId, String setId, String field, String text, Stamp stamp) {
        String path = SetPaths.of(w, exerciseId, setId) + "." + field;
        double value = number(text, path);
        switch (field) {
            case "reps":
                return SetEdits.setReps(w, exerciseId, setId, whole(value, text, path), stamp);
            case "weight":
                return SetEdits.setWeight(w, exerciseId, setId, value, stamp);
            case "durationSeconds":
                return SetEdits.setDuration(w, exerciseId, setId, whole(value, text, path), stamp);
            default:
                return SetEdits.setDistance(w, exerciseId, setId, value, stamp);
        }
    }

    static double number(String text, String field) {
        Double number = TypedNumber.decimal(text);
        if (number == null) {
            throw new ValidationException(new FieldError(field, "Enter a number"));
        }
        return number;
    }

    private static int whole(double value, String text, String field) {
        if (value != Math.rint(value)) {
            throw new ValidationException(new FieldError(field, "Enter a whole number, not " + text.trim()));
        }
        return (int) value;
    }
}
