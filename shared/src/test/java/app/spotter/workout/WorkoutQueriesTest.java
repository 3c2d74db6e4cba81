package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkoutQueriesTest {
    @Test
    void volumeCountsDoneSetsOfLoadedRepsKindsButNotWarmUps() {
        Workout w = WorkoutSamples.started(WorkoutSamples.pushDay());
        w = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 1, "a"), T0 + 1);
        w = SetEdits.completeSet(w, "e0", "e0.s1", at(T0 + 2, "a"), T0 + 2);
        w = SetEdits.completeSet(w, "e2", "e2.s0", at(T0 + 3, "a"), T0 + 3);
        assertEquals(8 * 60 + 8 * 62.5, w.volumeKg());
        w = SetEdits.setType(w, "e0", "e0.s0", SetType.WARMUP, at(T0 + 4, "a"));
        assertEquals(8 * 62.5, w.volumeKg());
        w = ExerciseEdits.addExercise(w, "x", "Assisted pull-up", ExerciseKind.ASSISTED, 60, at(T0 + 5, "a"));
        w = SetEdits.addSet(w, "x", "x.s0", at(T0 + 6, "a"));
        w = SetEdits.setReps(w, "x", "x.s0", 8, at(T0 + 7, "a"));
        w = SetEdits.setWeight(w, "x", "x.s0", 30, at(T0 + 8, "a"));
        w = SetEdits.completeSet(w, "x", "x.s0", at(T0 + 9, "a"), T0 + 9);
        assertEquals(8 * 62.5, w.volumeKg(), "assistance weight is not volume");
        assertEquals(4, w.setsDone());
        assertEquals(5, w.setsPlanned());
    }

    @Test
    void elapsedIsServerTimeSinceTheStart() {
        Workout w = WorkoutSamples.started(WorkoutSamples.pushDay());
        assertEquals(0, w.elapsedSeconds(T0 - 5000), "never negative");
        assertEquals(754, w.elapsedSeconds(T0 + 754_999));
    }

    @Test
    void latestStampIsTheHighestWriteAnywhere() {
        Workout w = WorkoutSamples.started(WorkoutSamples.pushDay());
        assertEquals(at(T0, "a"), w.latestStamp());
        w = SetEdits.setReps(w, "e1", "e1.s0", 9, at(T0 + 50, "b"));
        assertEquals(at(T0 + 50, "b"), w.latestStamp());
    }
}
