package app.spotter.client.templates;

import app.spotter.history.WeightUnit;
import app.spotter.validation.TypedRest;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One exercise of the template being edited: its name, kind, rest and the longest rest of a window (as typed; the
 * second empty for a single value), note, whether it is in a superset with the exercise above it, and its sets.
 */
final class TypedExercise {
    static final String NEW_REST = "01:30";

    String name;
    ExerciseKind kind;
    String rest;
    String restMax = "";
    String note = "";
    boolean supersetWithAbove;
    final List<TypedSet> sets = new ArrayList<>();

    TypedExercise(String name, ExerciseKind kind, String rest) {
        this.name = name;
        this.kind = kind;
        this.rest = rest;
    }

    static TypedExercise blank() {
        TypedExercise exercise = new TypedExercise("", ExerciseKind.WEIGHT_REPS, NEW_REST);
        exercise.sets.add(TypedSet.blank());
        return exercise;
    }

    /** {@code above} is the exercise before it in the template, or null for the first. */
    static TypedExercise of(TemplateExercise exercise, TemplateExercise above, WeightUnit unit) {
        TypedExercise typed = new TypedExercise(exercise.name(), exercise.kind(),
                TypedRest.text(exercise.restSeconds()));
        typed.restMax = TypedRest.maxText(exercise.restSeconds(), exercise.restMaxSeconds());
        typed.note = exercise.note();
        typed.supersetWithAbove = above != null && !exercise.supersetGroup().isEmpty()
                && exercise.supersetGroup().equals(above.supersetGroup());
        for (TemplateSet set : exercise.sets()) {
            typed.sets.add(TypedSet.of(set.type(), set.targets(), unit));
        }
        return typed;
    }
}
