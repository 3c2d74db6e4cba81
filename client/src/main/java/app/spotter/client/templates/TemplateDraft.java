package app.spotter.client.templates;

import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * The template being edited, held as the text typed into each box, so a half-typed or mistyped number stays on
 * screen with its error until the user fixes it. {@link DraftReader} turns it into a {@link Template}. Weights
 * are typed in {@link #unit}.
 */
final class TemplateDraft {
    final WeightUnit unit;
    String name;
    String note = "";
    final List<ExerciseDraft> exercises = new ArrayList<>();

    TemplateDraft(String name, WeightUnit unit) {
        this.name = name;
        this.unit = unit;
    }

    /** A new template: no name yet and one exercise to fill in. */
    static TemplateDraft blank(WeightUnit unit) {
        TemplateDraft draft = new TemplateDraft("", unit);
        draft.exercises.add(ExerciseDraft.blank());
        return draft;
    }

    static TemplateDraft of(Template template, WeightUnit unit) {
        TemplateDraft draft = new TemplateDraft(template.name(), unit);
        draft.note = template.note();
        for (int i = 0; i < template.exercises().size(); i++) {
            draft.exercises.add(ExerciseDraft.of(template.exercises().get(i),
                    i == 0 ? null : template.exercises().get(i - 1), unit));
        }
        return draft;
    }

    /** Every field the form has a place for, in the order a user reads them. */
    List<String> fieldPaths() {
        List<String> paths = new ArrayList<>();
        paths.add(FieldPaths.NAME);
        paths.add(FieldPaths.NOTE);
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseDraft exercise = exercises.get(i);
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
