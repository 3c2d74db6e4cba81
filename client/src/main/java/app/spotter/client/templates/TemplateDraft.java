package app.spotter.client.templates;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.WorkoutTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * The template being edited, held as the text typed into each box, so a half-typed or mistyped number stays on
 * screen with its error until the user fixes it. {@link DraftReader} turns it into a {@link WorkoutTemplate}.
 */
final class TemplateDraft {
    String name;
    final List<ExerciseDraft> exercises = new ArrayList<>();

    TemplateDraft(String name) {
        this.name = name;
    }

    /** A new template: no name yet and one exercise to fill in. */
    static TemplateDraft blank() {
        TemplateDraft draft = new TemplateDraft("");
        draft.exercises.add(ExerciseDraft.blank());
        return draft;
    }

    static TemplateDraft of(WorkoutTemplate template) {
        TemplateDraft draft = new TemplateDraft(template.name());
        for (ExercisePlan plan : template.exercises()) {
            draft.exercises.add(ExerciseDraft.of(plan));
        }
        return draft;
    }

    /** Every field the form has a place for, in the order a user reads them. */
    List<String> fieldPaths() {
        List<String> paths = new ArrayList<>();
        paths.add(FieldPaths.NAME);
        for (int i = 0; i < exercises.size(); i++) {
            paths.add(FieldPaths.exerciseName(i));
            paths.add(FieldPaths.rest(i));
            for (int s = 0; s < exercises.get(i).sets.size(); s++) {
                paths.add(FieldPaths.reps(i, s));
                paths.add(FieldPaths.weight(i, s));
            }
            paths.add(FieldPaths.sets(i));
        }
        paths.add(FieldPaths.EXERCISES);
        return paths;
    }
}
