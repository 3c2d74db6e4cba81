package app.spotter.client.templates;

import app.spotter.client.ui.UnitMessages;
import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldError;
import app.spotter.validation.TypedNumber;
import app.spotter.validation.TypedRest;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.TemplateValidatorV2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link TypedTemplate} into a template (v2) and every error in it: text that is not a number, then the
 * shared {@link TemplateValidatorV2}'s rules, one message per field, in the order the form shows the fields. Only
 * the boxes of an exercise's kind are read. Exercises ticked "superset with the one above" share a group id. */
final class TypedTemplateReader {
    static final String REPS_NOT_A_NUMBER = "Enter the reps as a whole number, like 8";
    static final String SECONDS_NOT_A_NUMBER = "Enter the time in whole seconds, like 60";
    static final String METRES_NOT_A_NUMBER = "Enter the distance in metres, like 5000";

    /** The template read from a typed (meaningful only when {@code errors} is empty) and the errors by field. */
    record Reading(Template template, Map<String, String> errors) {
    }

    private TypedTemplateReader() {
    }

    static String weightNotANumber(TypedTemplate typed) {
        return "Enter the weight in " + typed.unit.label() + ", like " + (typed.unit == WeightUnit.KG ? "62.5" : "135");
    }

    static Reading read(TypedTemplate typed, String id) {
        Map<String, String> found = new HashMap<>();
        List<TemplateExercise> exercises = new ArrayList<>();
        List<String> groups = SupersetGroups.of(typed);
        for (int i = 0; i < typed.exercises.size(); i++) {
            TypedExercise exercise = typed.exercises.get(i);
            List<TemplateSet> sets = new ArrayList<>();
            for (int s = 0; s < exercise.sets.size(); s++) {
                sets.add(new TemplateSet(exercise.sets.get(s).type, targets(typed, i, s, found)));
            }
            Integer rest = TypedRest.seconds(exercise.rest);
            noteIfMissing(rest, FieldPaths.rest(i), TypedRest.NOT_A_TIME, found);
            Integer restMax = TypedRest.maxSeconds(exercise.restMax);
            noteIfMissing(restMax, FieldPaths.restMax(i), TypedRest.MAX_NOT_A_TIME, found);
            exercises.add(new TemplateExercise(exercise.name, exercise.kind, rest == null ? 0 : rest,
                    restMax == null ? 0 : restMax, exercise.note, groups.get(i), sets));
        }
        Template template = new Template(id, typed.name, typed.note, exercises);
        // A box that holds no number already has its message; the validator only saw a stand-in 0 there.
        for (FieldError error : TemplateValidatorV2.validate(template)) {
            found.putIfAbsent(error.field(), UnitMessages.inUnit(error.message(), typed.unit));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String path : typed.fieldPaths()) {
            String message = found.remove(path);
            if (message != null) {
                ordered.put(path, message);
            }
        }
        ordered.putAll(found);
        return new Reading(template, ordered);
    }

    private static Targets targets(TypedTemplate typed, int i, int s, Map<String, String> found) {
        TypedExercise exercise = typed.exercises.get(i);
        TypedSet set = exercise.sets.get(s);
        Integer reps = 0;
        Double weight = 0.0;
        Integer seconds = 0;
        Double metres = 0.0;
        if (exercise.kind.takesReps()) {
            reps = TypedNumber.whole(set.reps);
            noteIfMissing(reps, FieldPaths.reps(i, s), REPS_NOT_A_NUMBER, found);
        }
        if (exercise.kind.takesWeight()) {
            weight = set.weightKg(typed.unit);
            noteIfMissing(weight, FieldPaths.weight(i, s), weightNotANumber(typed), found);
        }
        if (exercise.kind.takesDuration()) {
            seconds = TypedNumber.whole(set.seconds);
            noteIfMissing(seconds, FieldPaths.duration(i, s), SECONDS_NOT_A_NUMBER, found);
        }
        if (exercise.kind.takesDistance()) {
            metres = TypedNumber.decimal(set.metres);
            noteIfMissing(metres, FieldPaths.distance(i, s), METRES_NOT_A_NUMBER, found);
        }
        return new Targets(reps == null ? 0 : reps, weight == null ? 0 : weight, seconds == null ? 0 : seconds,
                metres == null ? 0 : metres);
    }

    private static void noteIfMissing(Object value, String field, String message, Map<String, String> found) {
        if (value == null) {
            found.put(field, message);
        }
    }
}
