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
        this.latestAllowed = serverNow > 0 ? serverNow + Limits.STAMP_AHEAD_MAX_MS : Long.MAX_VALUE;
        this.errors = errors;
    }

    StampBound check(Stamp stamp, String field) {
        if (stamp != null && stamp.millis() > latestAllowed) {
            errors.add(new FieldError(field, field + " is stamped more than 24 h ahead of the server's time"));
        }
        return this;
    }

    StampBound check(Register<?> register, String field) {
        return register == null ? this : check(register.at(), field);
    }

    StampBound check(Retraction retraction, String field) {
        return retraction == null ? this : check(retraction.at(), field).check(retraction.seenDone(), field);
    }
}
