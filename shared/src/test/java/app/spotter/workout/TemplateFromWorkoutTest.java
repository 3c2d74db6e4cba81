package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFromWorkoutTest {
    @Test
    void theTemplateHoldsTheDoneSetsAsPerformedInTheOrderShown() {
        Workout w = WorkoutSamples.started(WorkoutSamples.supersetDay());
        w = SetEdits.setReps(w, "e0", "e0.s1", 7, at(T0 + 1, "a"));
        w = SetEdits.setType(w, "e0", "e0.s1", SetType.DROP, at(T0 + 2, "a"));
        w = SetEdits.completeSet(w, "e0", "e0.s1", at(T0 + 3, "a"), T0 + 3);
        w = SetEdits.completeSet(w, "e1", "e1.s0", at(T0 + 4, "a"), T0 + 4);
        w = ExerciseEdits.moveExercise(w, "e2", -1, at(T0 + 5, "a"));
        w = ExerciseEdits.setNote(w, "e0", "squeeze", at(T0 + 6, "a"));
        Template t = TemplateFromWorkout.of(w, "t2", "Arms v2");
        assertEquals("t2", t.id());
        assertEquals(List.of("Curl", "Pushdown"), t.exercises().stream().map(TemplateExercise::name).toList(),
                "exercises with nothing done are left out");
        TemplateExercise curl = t.exercises().get(0);
        assertEquals(List.of(new TemplateSet(SetType.DROP, new Targets(7, 12, 0, 0))), curl.sets());
        assertEquals("squeeze", curl.note());
        assertEquals("a", curl.supersetGroup());
        assertTrue(TemplateValidatorV2.validate(t).isEmpty());
    }
}
