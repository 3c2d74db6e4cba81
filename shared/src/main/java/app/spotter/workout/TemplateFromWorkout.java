package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * "Save as template" and "Update template" after Finish: a template of what was done, each exercise with its
 * done sets (type, and what was performed as the targets), in the order shown, keeping notes, rest and supersets.
 */
public final class TemplateFromWorkout {
    private TemplateFromWorkout() {
    }

    /** The performed exercises and sets as a template; {@code id} empty for a new one, or the template to update. */
    public static Template of(Workout workout, String id, String name) {
        List<TemplateExercise> exercises = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            List<TemplateSet> sets = new ArrayList<>();
            for (WorkoutSet set : exercise.visibleSets()) {
                if (set.isDone()) {
                    sets.add(new TemplateSet(set.typeValue(), set.values().forKind(exercise.kind())));
                }
            }
            if (!sets.isEmpty()) {
                exercises.add(new TemplateExercise(exercise.nameValue(), exercise.kind(), exercise.restValue(),
                        exercise.restMaxValue(), exercise.noteValue(), exercise.groupValue(), sets));
            }
        }
        return new Template(id, name, workout.noteValue(), exercises);
    }
}
