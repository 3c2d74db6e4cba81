package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ExerciseRenameTest {
    private static final long T = 1_700_000_000_000L;

    private static Workout twoExercises() {
        Workout w = SessionEdits.startEmpty("s1", "Legs", new Stamp(T, 0, "a"), T);
        w = ExerciseEdits.addExercise(w, "x1", "zercher squat", ExerciseKind.WEIGHT_REPS, 60, new Stamp(T + 1, 0, "a"));
        return ExerciseEdits.addExercise(w, "x2", "Row", ExerciseKind.WEIGHT_REPS, 60, new Stamp(T + 2, 0, "a"));
    }

    @Test
    void matchingExercisesGetTheNewNameAndALateCopyWithTheOldNameDoesNotBringItBack() {
        Workout old = twoExercises();
        Workout renamed = ExerciseRename.rename(old, name -> name.equalsIgnoreCase("Zercher Squat"), "Back Squat",
                T, "server");
        assertEquals("Back Squat", renamed.exercise("x1").nameValue());
        assertEquals("Row", renamed.exercise("x2").nameValue());
        assertEquals("Back Squat", WorkoutMerge.merge(renamed, old).exercise("x1").nameValue(),
                "stamped after the old name even when the server's clock is behind it");
        assertEquals("Back Squat", WorkoutMerge.merge(old, renamed).exercise("x1").nameValue());
    }

    @Test
    void aWorkoutWithoutTheExerciseIsReturnedAsItWas() {
        Workout old = twoExercises();
        assertSame(old, ExerciseRename.rename(old, name -> name.equals("Plank"), "Hold", T + 10, "server"));
    }
}
