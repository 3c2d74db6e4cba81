package app.spotter.client.templates;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.TemplateValidator;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link TemplateDraft} into a template and every error in it: text that is not a number, then the
 * shared {@link TemplateValidator}'s rules, one message per field, in the order the form shows the fields. */
final class DraftReader {
    static final String REST_NOT_A_NUMBER = "Enter the rest in whole seconds, like 90";
    static final String REPS_NOT_A_NUMBER = "Enter the reps as a whole number, like 8";
    static final String WEIGHT_NOT_A_NUMBER = "Enter the weight in kg, like 62.5";

    /** The template read from a draft (meaningful only when {@code errors} is empty) and the errors by field. */
    record Reading(WorkoutTemplate template, Map<String, String> errors) {
    }

    private DraftReader() {
    }

    static Reading read(TemplateDraft draft, String id) {
        Map<String, String> found = new HashMap<>();
        List<ExercisePlan> exercises = new ArrayList<>();
        for (int i = 0; i < draft.exercises.size(); i++) {
            ExerciseDraft exercise = draft.exercises.get(i);
            List<SetTarget> sets = new ArrayList<>();
            for (int s = 0; s < exercise.sets.size(); s++) {
                SetDraft set = exercise.sets.get(s);
                Integer reps = NumberText.whole(set.reps);
                Double weight = NumberText.decimal(set.weight);
                noteIfMissing(reps, FieldPaths.reps(i, s), REPS_NOT_A_NUMBER, found);
                noteIfMissing(weight, FieldPaths.weight(i, s), WEIGHT_NOT_A_NUMBER, found);
                sets.add(new SetTarget(reps == null ? 0 : reps, weight == null ? 0 : weight));
            }
            Integer rest = NumberText.whole(exercise.rest);
            noteIfMissing(rest, FieldPaths.rest(i), REST_NOT_A_NUMBER, found);
            exercises.add(new ExercisePlan(exercise.name, rest == null ? 0 : rest, sets));
        }
        WorkoutTemplate template = new WorkoutTemplate(id, draft.name, exercises);
        // A box that holds no number already has its message; the validator only saw a stand-in 0 there.
        for (FieldError error : TemplateValidator.validate(template)) {
            found.putIfAbsent(error.field(), error.message());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String path : draft.fieldPaths()) {
            String message = found.remove(path);
            if (message != null) {
                ordered.put(path, message);
            }
        }
        ordered.putAll(found);
        return new Reading(template, ordered);
    }

    private static void noteIfMissing(Object value, String field, String message, Map<String, String> found) {
        if (value == null) {
            found.put(field, message);
        }
    }
}
