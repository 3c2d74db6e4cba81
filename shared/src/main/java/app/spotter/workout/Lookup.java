package app.spotter.workout;

import app.spotter.validation.FieldPath;
import java.util.List;

/** Finds the visible items an operation works on, and names them as field paths (exercises[i].sets[j]). */
final class Lookup {
    private Lookup() {
    }

    static void requireFull(Workout workout) {
        if (workout.partial()) {
            throw new IllegalStateException("operations need the whole document, not a delta");
        }
    }

    static WorkoutExercise exercise(Workout workout, String exerciseId) {
        requireFull(workout);
        WorkoutExercise exercise = workout.exercise(exerciseId);
        if (exercise == null || exercise.isRemoved()) {
            throw new IllegalArgumentException("no exercise " + exerciseId + " in the workout");
        }
        return exercise;
    }

    static WorkoutSet set(WorkoutExercise exercise, String setId) {
        WorkoutSet set = exercise.set(setId);
        if (set == null || set.isRemoved()) {
            throw new IllegalArgumentException("no set " + setId + " in exercise " + exercise.id());
        }
        return set;
    }

    static String exercisePath(Workout workout, String exerciseId) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(exerciseId)) {
                return FieldPath.exercise(i);
            }
        }
        return "exercises";
    }

    static String setPath(Workout workout, WorkoutExercise exercise, String setId) {
        List<WorkoutSet> visible = exercise.visibleSets();
        for (int j = 0; j < visible.size(); j++) {
            if (visible.get(j).id().equals(setId)) {
                return FieldPath.index(exercisePath(workout, exercise.id()) + ".sets", j);
            }
        }
        return exercisePath(workout, exercise.id()) + ".sets";
    }

    /** Throws the errors of a check made with field paths relative to a set, prefixed with that set's path. */
    static void throwAtSet(List<app.spotter.validation.FieldError> errors, Workout workout, WorkoutExercise exercise,
                           String setId) {
        if (errors.isEmpty()) {
            return;
        }
        String prefix = setPath(workout, exercise, setId);
        List<app.spotter.validation.FieldError> placed = new java.util.ArrayList<>();
        for (app.spotter.validation.FieldError error : errors) {
            placed.add(new app.spotter.validation.FieldError(prefix + "." + error.field(), error.message()));
        }
        throw new app.spotter.validation.ValidationException(placed);
    }

    static void requireItemId(String id, String field) {
        if (!app.spotter.validation.Checks.isItemId(id)) {
            throw new IllegalArgumentException(field + ": not an item id: " + id);
        }
    }
}
