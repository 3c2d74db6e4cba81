package app.spotter.validation;

import java.util.List;

/** The field checks shared by every validator: each adds an error to {@code errors} when the value is out of bounds. */
public final class Checks {
    private Checks() {
    }

    public static void name(String value, String field, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(field, "Name is required"));
        } else if (trimmed.codePointCount(0, trimmed.length()) > Limits.NAME_MAX_CHARS) {
            errors.add(new FieldError(field, "Name must be at most " + Limits.NAME_MAX_CHARS + " characters"));
        }
    }

    public static void count(int size, int min, int max, String what, String field, List<FieldError> errors) {
        if (size < min) {
            errors.add(new FieldError(field, "Add at least " + min + " " + what));
        } else if (size > max) {
            errors.add(new FieldError(field, "At most " + max + " " + what + " allowed"));
        }
    }

    public static void reps(int reps, String field, List<FieldError> errors) {
        if (reps < 0 || reps > Limits.REPS_MAX) {
            errors.add(new FieldError(field, "Reps must be between 0 and " + Limits.REPS_MAX));
        }
    }

    public static void weight(double kg, String field, List<FieldError> errors) {
        if (!(kg >= 0 && kg <= Limits.WEIGHT_MAX_KG)) {
            errors.add(new FieldError(field, "Weight must be between 0 and " + (int) Limits.WEIGHT_MAX_KG + " kg"));
        }
    }

    public static void rest(int seconds, String field, List<FieldError> errors) {
        if (seconds < 0 || seconds > Limits.REST_MAX_SECONDS) {
            errors.add(new FieldError(field, "Rest must be between 0 and " + Limits.REST_MAX_SECONDS + " seconds"));
        }
    }
}
