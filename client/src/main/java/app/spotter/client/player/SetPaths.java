package app.spotter.client.player;

import app.spotter.validation.FieldPath;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;

/** Where a set is on screen, in the path form the model's errors use: {@code exercises[i].sets[j]} (visible order). */
final class SetPaths {
    private SetPaths() {
    }

    static String exercise(Workout workout, String exerciseId) {
        return FieldPath.exercise(workout.visibleExercises().indexOf(workout.exercise(exerciseId)));
    }

    static String of(Workout workout, String exerciseId, String setId) {
        WorkoutExercise exercise = workout.exercise(exerciseId);
        int j = exercise == null ? -1 : exercise.visibleSets().indexOf(exercise.set(setId));
        return FieldPath.index(exercise(workout, exerciseId) + ".sets", j);
    }
}
