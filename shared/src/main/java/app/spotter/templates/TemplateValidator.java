package app.spotter.templates;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.Limits;
import java.util.ArrayList;
import java.util.List;

/** Checks a template against {@link Limits}; the client shows the errors inline, the server answers 400. */
public final class TemplateValidator {
    private TemplateValidator() {
    }

    public static List<FieldError> validate(WorkoutTemplate template) {
        List<FieldError> errors = new ArrayList<>();
        Checks.name(template.name(), "name", errors);
        Checks.count(template.exercises().size(), Limits.EXERCISES_MIN, Limits.EXERCISES_MAX, "exercise(s)",
                "exercises", errors);
        for (int i = 0; i < template.exercises().size(); i++) {
            ExercisePlan exercise = template.exercises().get(i);
            String at = FieldPath.exercise(i);
            Checks.name(exercise.name(), at + ".name", errors);
            Checks.rest(exercise.restSeconds(), at + ".restSeconds", errors);
            Checks.count(exercise.sets().size(), Limits.SETS_MIN, Limits.SETS_MAX, "set(s)", at + ".sets", errors);
            for (int s = 0; s < exercise.sets().size(); s++) {
                SetTarget set = exercise.sets().get(s);
                Checks.reps(set.reps(), FieldPath.set(i, s) + ".reps", errors);
                Checks.weight(set.weight(), FieldPath.set(i, s) + ".weight", errors);
            }
        }
        return errors;
    }
}
