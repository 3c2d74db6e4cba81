package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import java.util.List;

/** The measured fields of a set: which kinds take each, their limits, and how one is written. */
enum SetField {
    REPS("reps"), WEIGHT("weight"), DURATION("durationSeconds"), DISTANCE("distanceMeters");

    final String wireName;

    SetField(String wireName) {
        this.wireName = wireName;
    }

    boolean takenBy(ExerciseKind kind) {
        switch (this) {
            case REPS:
                return kind.takesReps();
            case WEIGHT:
                return kind.takesWeight();
            case DURATION:
                return kind.takesDuration();
            default:
                return kind.takesDistance();
        }
    }

    void check(ExerciseKind kind, double value, String path, List<FieldError> errors) {
        if (!takenBy(kind)) {
            errors.add(new FieldError(path, "A " + kind.wireName() + " exercise has no " + wireName));
            return;
        }
        boolean whole = value == Math.rint(value);
        switch (this) {
            case REPS:
                if (!whole) {
                    errors.add(new FieldError(path, "Reps must be a whole number"));
                } else {
                    Checks.reps((int) value, path, errors);
                }
                break;
            case WEIGHT:
                Checks.weight(value, path, errors);
                break;
            case DURATION:
                if (!whole) {
                    errors.add(new FieldError(path, "Duration must be whole seconds"));
                } else {
                    Checks.durationSeconds((int) value, path, errors);
                }
                break;
            default:
                Checks.distanceMeters(value, path, errors);
        }
    }

    WorkoutSet write(WorkoutSet set, double value, Stamp stamp) {
        switch (this) {
            case REPS:
                return set.withValues(Register.of((int) value, stamp), set.weight(), set.durationSeconds(),
                        set.distanceMeters());
            case WEIGHT:
                return set.withValues(set.reps(), Register.of(value, stamp), set.durationSeconds(),
                        set.distanceMeters());
            case DURATION:
                return set.withValues(set.reps(), set.weight(), Register.of((int) value, stamp),
                        set.distanceMeters());
            default:
                return set.withValues(set.reps(), set.weight(), set.durationSeconds(), Register.of(value, stamp));
        }
    }
}
