package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a workout document (whole or partial) against the shared limits, the same way on both sides. Paths
 * index the document's own lists (id order, as on the wire). Every check is per field or grows with the
 * document, so merging two documents that pass gives one that passes. The counts of visible exercises and sets
 * (50 and 20) are the operations' limits; the document cap counts removed items too.
 */
public final class WorkoutValidator {
    private WorkoutValidator() {
    }

    /** Limits only; for copies this side wrote itself or has stored. */
    public static List<FieldError> validate(Workout w) {
        return validate(w, 0);
    }

    /** Limits, and no stamp more than 24 h ahead of {@code serverNow} (0 skips that check). */
    public static List<FieldError> validate(Workout w, long serverNow) {
        List<FieldError> errors = new ArrayList<>();
        StampBound bound = new StampBound(serverNow, errors);
        if (!Checks.isSessionId(w.sessionId())) {
            errors.add(new FieldError("sessionId", "sessionId must be 1 to 64 letters, digits or dashes"));
        }
        if (w.templateId().length() > 100) {
            errors.add(new FieldError("templateId", "templateId must be at most 100 characters"));
        }
        if (w.startedAt() <= 0) {
            errors.add(new FieldError("startedAt", "startedAt must be a positive time"));
        }
        bound.check(w.created(), "created");
        Completeness.check(w, errors);
        if (w.name() != null) {
            Checks.name(w.name().value(), "name", errors);
        }
        if (w.note() != null) {
            Checks.note(w.note().value(), "note", errors);
        }
        if (w.activeExerciseId() != null) {
            // An id, not a checked reference: the exercise it names may reach this copy later (the player then
            // shows the first exercise), and a reference check would make some merges of valid copies invalid.
            String active = w.activeExerciseId().value();
            if (!active.isEmpty() && !Checks.isItemId(active)) {
                errors.add(new FieldError("activeExerciseId", "activeExerciseId must be empty or an exercise id"));
            }
        }
        if (w.rest() != null) {
            Rest rest = w.rest().value();
            if (rest.endsAt() < 0) {
                errors.add(new FieldError("rest.endsAt", "rest.endsAt must not be negative"));
            }
            Checks.rest(rest.seconds(), "rest.seconds", errors);
            Checks.restWindow(rest.seconds(), rest.maxSeconds(), "rest.maxSeconds", errors);
        }
        if (w.finishedAt() != null && w.finishedAt().value() < 0) {
            errors.add(new FieldError("finishedAt", "finishedAt must not be negative"));
        }
        // A finish before the start is not refused: start and finish are separate registers, so a late Finish and a
        // moved date can merge into one (see Workout.finishedAtValue), and every merge of valid copies must be valid.
        bound.check(w.start(), "startedAt").check(w.name(), "name").check(w.note(), "note").check(w.activeExerciseId(), "activeExerciseId")
                .check(w.rest(), "rest").check(w.finishedAt(), "finishedAt");
        if (w.exercises().size() > Limits.DOCUMENT_EXERCISES_MAX) {
            errors.add(new FieldError("exercises", "At most " + Limits.DOCUMENT_EXERCISES_MAX
                    + " exercises, removed ones included"));
        }
        for (int i = 0; i < w.exercises().size(); i++) {
            exercise(w.exercises().get(i), FieldPath.exercise(i), errors, bound);
        }
        return errors;
    }

    private static void exercise(WorkoutExercise e, String at, List<FieldError> errors, StampBound bound) {
        if (!Checks.isItemId(e.id())) {
            errors.add(new FieldError(at + ".id", "id must be 1 to 100 letters, digits, '-', '_' or '.'"));
        }
        if (e.name() != null) {
            Checks.name(e.name().value(), at + ".name", errors);
        }
        if (e.restSeconds() != null) {
            Checks.rest(e.restSeconds().value(), at + ".restSeconds", errors);
        }
        // Only the limit: the two ends are separate registers, and requiring max >= min here would make the merge
        // of two valid copies (one device changes the rest, another the window) invalid. A window that is not
        // longer than the rest reads as a single value (WorkoutExercise.restMaxValue).
        if (e.restMaxSeconds() != null) {
            Checks.restWindow(0, e.restMaxSeconds().value(), at + ".restMaxSeconds", errors);
        }
        if (e.note() != null) {
            Checks.note(e.note().value(), at + ".note", errors);
        }
        position(e.position(), at, errors);
        if (e.supersetGroup() != null && !e.supersetGroup().value().isEmpty()
                && !Checks.isItemId(e.supersetGroup().value())) {
            errors.add(new FieldError(at + ".supersetGroup", "supersetGroup must be empty or an id"));
        }
        if (e.removed() != null) {
            for (String setId : e.removed().seenDone().keySet()) {
                if (!Checks.isItemId(setId)) {
                    errors.add(new FieldError(at + ".removed.seenDone", "seenDone must map set ids to stamps"));
                }
            }
            if (e.removed().seenDone().size() > Limits.DOCUMENT_SETS_MAX) {
                errors.add(new FieldError(at + ".removed.seenDone", "seenDone names too many sets"));
            }
        }
        bound.check(e.created(), at + ".created").check(e.name(), at + ".name")
                .check(e.restSeconds(), at + ".restSeconds").check(e.restMaxSeconds(), at + ".restMaxSeconds")
                .check(e.note(), at + ".note")
                .check(e.position(), at + ".position").check(e.supersetGroup(), at + ".supersetGroup")
                .check(e.removed(), at + ".removed");
        if (e.sets().size() > Limits.DOCUMENT_SETS_MAX) {
            errors.add(new FieldError(at + ".sets", "At most " + Limits.DOCUMENT_SETS_MAX
                    + " sets, removed ones included"));
        }
        // Checked with paths relative to the set and placed only when something is wrong: most sets pass, and
        // building every field's path for them is most of the work on a large document.
        List<FieldError> setErrors = new ArrayList<>();
        StampBound setBound = bound.into(setErrors);
        for (int j = 0; j < e.sets().size(); j++) {
            SetRules.check(e.sets().get(j), e.kind(), setErrors, setBound);
            if (!setErrors.isEmpty()) {
                String setAt = FieldPath.index(at + ".sets", j) + ".";
                for (FieldError error : setErrors) {
                    errors.add(new FieldError(setAt + error.field(), error.message()));
                }
                setErrors.clear();
            }
        }
    }

    static void position(Register<String> position, String at, List<FieldError> errors) {
        if (position != null && !PositionKey.isValid(position.value())) {
            errors.add(new FieldError(at + ".position", "position must be a position key"));
        }
    }
}
