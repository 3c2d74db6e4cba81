package app.spotter.workout;

import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import java.util.List;

/** Refuses stamps more than 24 h ahead of the server's time, so one absurd stamp cannot pin a field forever. */
final class StampBound {
    private final long latestAllowed;
    private final List<FieldError> errors;

    /** {@code serverNow} 0 or less: no bound. */
    StampBound(long serverNow, List<FieldError> errors) {
        this(serverNow > 0 ? serverNow + Limits.STAMP_AHEAD_MAX_MS : Long.MAX_VALUE, errors, true);
    }

    private StampBound(long latestAllowed, List<FieldError> errors, boolean unused) {
        this.latestAllowed = latestAllowed;
        this.errors = errors;
    }

    /** The same bound, adding its errors to another list. */
    StampBound into(List<FieldError> otherErrors) {
        return new StampBound(latestAllowed, otherErrors, true);
    }

    StampBound check(Stamp stamp, String field) {
        if (stamp != null && stamp.millis() > latestAllowed) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            errors.add(new FieldError(field, name + " is stamped more than 24 h ahead of the server's time"));
        }
        return this;
    }

    StampBound check(Register<?> register, String field) {
        return register == null ? this : check(register.at(), field);
    }

    StampBound check(ExerciseRemoval removal, String field) {
        if (removal != null) {
            check(removal.at(), field);
            removal.seenDone().values().forEach(stamp -> check(stamp, field));
        }
        return this;
    }

    StampBound check(Retraction retraction, String field) {
        return retraction == null ? this : check(retraction.at(), field).check(retraction.seenDone(), field);
    }
}
