package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
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

    @Test
    void aTemplateKeepsEverythingButTheNamesThatMatch() {
        List<TemplateSet> sets = List.of(new TemplateSet(SetType.WARMUP, new Targets(5, 40, 0, 0)));
        Template plan = new Template("t1", "Legs", "heavy", List.of(
                new TemplateExercise("zercher squat", ExerciseKind.WEIGHT_REPS, 120, 180, "belt", "a", sets),
                new TemplateExercise("Row", ExerciseKind.WEIGHT_REPS, 90, "", "a", sets)));
        Template renamed = ExerciseRename.rename(plan, name -> name.equalsIgnoreCase("Zercher Squat"), "Back Squat");
        assertEquals(new Template("t1", "Legs", "heavy", List.of(
                new TemplateExercise("Back Squat", ExerciseKind.WEIGHT_REPS, 120, 180, "belt", "a", sets),
                plan.exercises().get(1))), renamed);
        assertSame(plan, ExerciseRename.rename(plan, name -> name.equals("Plank"), "Hold"));
    }
}
