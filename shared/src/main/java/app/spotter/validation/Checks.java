package app.spotter.validation;

import app.spotter.history.WeightUnit;
import app.spotter.session.TimerFormat;
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
            errors.add(new FieldError(field, weightOutOfRange(WeightUnit.KG)));
        }
    }

    /**
     * The message for a weight out of range with the limit in {@code unit}, rounded down so the limit named is one
     * that passes (4409 lb). Documents carry kilograms, so the validators say kg; the client shows it in the
     * user's unit (its {@code UnitMessages}).
     */
    public static String weightOutOfRange(WeightUnit unit) {
        long limit = (long) Math.floor(unit.fromKg(Limits.WEIGHT_MAX_KG));
        return "Weight must be between 0 and " + limit + " " + unit.label();
    }

    public static void rest(int seconds, String field, List<FieldError> errors) {
        if (seconds < 0 || seconds > Limits.REST_MAX_SECONDS) {
            errors.add(new FieldError(field, "Rest must be between 0 and " + Limits.REST_MAX_SECONDS + " seconds"));
        }
    }

    /** The longest rest of a window: 0 (no window), or from the shortest rest up to the rest limit. */
    public static void restWindow(int seconds, int maxSeconds, String field, List<FieldError> errors) {
        if (maxSeconds == 0) {
            return;
        }
        if (maxSeconds < 0 || maxSeconds > Limits.REST_MAX_SECONDS) {
            errors.add(new FieldError(field, "Longest rest must be between 0 and " + Limits.REST_MAX_SECONDS
                    + " seconds"));
        } else if (maxSeconds < seconds) {
            errors.add(new FieldError(field, "Longest rest must not be shorter than the rest ("
                    + TimerFormat.mmss(seconds) + ")"));
        }
    }

    public static void note(String value, String field, List<FieldError> errors) {
        if (value != null && value.codePointCount(0, value.length()) > Limits.NOTE_MAX_CHARS) {
            errors.add(new FieldError(field, "Note must be at most " + Limits.NOTE_MAX_CHARS + " characters"));
        }
    }

    /** RPE is 0 (none given) or 6 to 10 in steps of 0.5. */
    public static void rpe(double value, String field, List<FieldError> errors) {
        boolean none = value == 0;
        boolean inRange = value >= Limits.RPE_MIN && value <= Limits.RPE_MAX && value * 2 == Math.rint(value * 2);
        if (!none && !inRange) {
            errors.add(new FieldError(field, "RPE must be 6 to 10 in steps of 0.5"));
        }
    }

    public static void durationSeconds(int seconds, String field, List<FieldError> errors) {
        if (seconds < 0 || seconds > Limits.DURATION_MAX_SECONDS) {
            errors.add(new FieldError(field, "Duration must be between 0 and " + Limits.DURATION_MAX_SECONDS
                    + " seconds"));
        }
    }

    public static void distanceMeters(double meters, String field, List<FieldError> errors) {
        if (!(meters >= 0 && meters <= Limits.DISTANCE_MAX_METERS)) {
            errors.add(new FieldError(field, "Distance must be between 0 and " + (int) Limits.DISTANCE_MAX_METERS
                    + " metres"));
        }
    }

    /** Session ids: 1 to 64 letters, digits or dashes (they end up in URLs and storage keys). */
    public static boolean isSessionId(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Ids of exercises and sets: 1 to 100 letters, digits, '-', '_' or '.'. */
    public static boolean isItemId(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
