package app.spotter.client.templates;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * The template being edited, held as the text typed into each box, so a half-typed or mistyped number stays on
 * screen with its error until the user fixes it. {@link TypedTemplateReader} turns it into a {@link Template}. Weights
 * are typed in {@link #unit}.
 */
final class TypedTemplate {
    final WeightUnit unit;
    String name;
    String note = "";
    final List<TypedExercise> exercises = new ArrayList<>();

    TypedTemplate(String name, WeightUnit unit) {
        this.name = name;
        this.unit = unit;
    }

    /** A new template: no name yet and one exercise to fill in. */
    static TypedTemplate blank(WeightUnit unit) {
        TypedTemplate typed = new TypedTemplate("", unit);
        typed.exercises.add(TypedExercise.blank());
        return typed;
    }

    static TypedTemplate of(Template template, WeightUnit unit) {
        TypedTemplate typed = new TypedTemplate(template.name(), unit);
        typed.note = template.note();
        for (int i = 0; i < template.exercises().size(); i++) {
            typed.exercises.add(TypedExercise.of(template.exercises().get(i),
                    i == 0 ? null : template.exercises().get(i - 1), unit));
        }
        return typed;
    }

    /** Every field the form has a place for, in the order a user reads them. */
    List<String> fieldPaths() {
        List<String> paths = new ArrayList<>();
        paths.add(FieldPaths.NAME);
        paths.add(FieldPaths.NOTE);
        for (int i = 0; i < exercises.size(); i++) {
            TypedExercise exercise = exercises.get(i);
            paths.add(FieldPaths.exerciseName(i));
            paths.add(FieldPaths.kind(i));
            paths.add(FieldPaths.rest(i));
            paths.add(FieldPaths.restMax(i));
            paths.add(FieldPaths.exerciseNote(i));
            paths.add(FieldPaths.supersetGroup(i));
            for (int s = 0; s < exercise.sets.size(); s++) {
                paths.add(FieldPaths.type(i, s));
                paths.addAll(targetPaths(exercise.kind, i, s));
            }
            paths.add(FieldPaths.sets(i));
        }
        paths.add(FieldPaths.EXERCISES);
        return paths;
    }

    /** The target boxes a set of {@code kind} shows, in screen order. */
    static List<String> targetPaths(ExerciseKind kind, int i, int s) {
        List<String> paths = new ArrayList<>();
        if (kind.takesWeight()) {
            paths.add(FieldPaths.weight(i, s));
        }
        if (kind.takesReps()) {
            paths.add(FieldPaths.reps(i, s));
        }
        if (kind.takesDistance()) {
            paths.add(FieldPaths.distance(i, s));
        }
        if (kind.takesDuration()) {
            paths.add(FieldPaths.duration(i, s));
        }
        return paths;
    }
}
