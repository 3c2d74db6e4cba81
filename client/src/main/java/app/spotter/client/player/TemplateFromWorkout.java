package app.spotter.client.player;

import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;

/**
 * "Save as template" and "Update template" after Finish: the exercises as performed, in order, each with its done
 * sets as the new targets (type, and the values its kind takes), its rest, note and superset. Exercises with no
 * done set are left out.
 */
final class TemplateFromWorkout {
    private TemplateFromWorkout() {
    }

    static Template of(Workout workout, String templateId) {
        List<TemplateExercise> exercises = new ArrayList<>();
        for (WorkoutExercise exercise : workout.visibleExercises()) {
            List<TemplateSet> sets = new ArrayList<>();
            for (WorkoutSet set : exercise.visibleSets()) {
                if (set.isDone()) {
                    Targets done = new Targets(set.repsValue(), set.weightValue(), set.durationValue(),
                            set.distanceValue()).forKind(exercise.kind());
                    sets.add(new TemplateSet(set.typeValue(), done));
                }
            }
            if (!sets.isEmpty()) {
                exercises.add(new TemplateExercise(exercise.nameValue(), exercise.kind(), exercise.restValue(),
                        exercise.noteValue(), exercise.groupValue(), sets));
            }
        }
        return new Template(templateId, workout.nameValue(), workout.noteValue(), exercises);
    }
}
