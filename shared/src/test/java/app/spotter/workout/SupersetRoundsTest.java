package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SupersetRoundsTest {
    private Workout w = WorkoutSamples.started(WorkoutSamples.supersetDay());
    private long t = T0;

    private void complete(String exerciseId, String setId) {
        t += 1000;
        w = SetEdits.completeSet(w, exerciseId, setId, at(t, "a"), t);
    }

    @Test
    void theSupersetGoesRoundByRoundWithRestAfterTheLastExerciseOfARound() {
        complete("e0", "e0.s0");
        assertEquals("e1", w.activeExercise().id());
        assertEquals(0, w.restRemainingSeconds(t), "no rest inside a round");
        complete("e1", "e1.s0");
        assertEquals("e0", w.activeExercise().id(), "round 2 starts at the first exercise");
        assertEquals(90, w.restRemainingSeconds(t), "the rest of the round's last exercise");
        complete("e0", "e0.s1");
        assertEquals("e1", w.activeExercise().id());
        complete("e1", "e1.s1");
        assertEquals("e2", w.activeExercise().id(), "superset done: on to the next exercise");
        assertEquals(90, w.restRemainingSeconds(t));
    }

    @Test
    void anExerciseWhoseSetsAreDoneIsSkippedInTheRound() {
        complete("e1", "e1.s0");
        complete("e1", "e1.s1");
        assertEquals("e0", w.activeExercise().id());
        complete("e0", "e0.s0");
        assertEquals("e0", w.activeExercise().id(), "the pushdown is done, so the curl is the whole round");
        assertEquals(30, w.restRemainingSeconds(t));
    }

    @Test
    void onItsOwnAnExerciseStaysActiveUntilDoneAndGoesBackToOneLeftBehind() {
        complete("e2", "e2.s0");
        assertEquals("e0", w.activeExercise().id(), "the last exercise done: back to the first with sets left");
        assertEquals(120, w.restRemainingSeconds(t));
    }
}
