package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetEditsTest {
    private final Workout started = WorkoutSamples.started(WorkoutSamples.pushDay());

    private static WorkoutSet set(Workout w, int exercise, int set) {
        return w.visibleExercises().get(exercise).visibleSets().get(set);
    }

    @Test
    void addSetCopiesTheLastSetAfterIt() {
        Workout w = SetEdits.setRpe(started, "e0", "e0.s1", 8, at(T0 + 1, "a"));
        w = SetEdits.addSet(w, "e0", "n1", at(T0 + 2, "a"));
        List<WorkoutSet> sets = w.visibleExercises().get(0).visibleSets();
        assertEquals(3, sets.size());
        WorkoutSet added = sets.get(2);
        assertEquals("n1", added.id());
        assertEquals(62.5, added.weightValue());
        assertEquals(8, added.repsValue());
        assertEquals(new Targets(8, 62.5, 0, 0), added.targetsValue());
        assertEquals(0, added.rpeValue(), "RPE is what was felt, not copied");
        assertFalse(added.isDone());
    }

    @Test
    void addSetToAnExerciseWithoutSetsGivesAnEmptyNormalSet() {
        Workout w = ExerciseEdits.addExercise(started, "x1", "Dip", ExerciseKind.BODYWEIGHT_REPS, 60, at(T0 + 1, "a"));
        w = SetEdits.addSet(w, "x1", "x1.s0", at(T0 + 2, "a"));
        WorkoutSet only = w.exercise("x1").visibleSets().get(0);
        assertEquals(SetType.NORMAL, only.typeValue());
        assertEquals(0, only.repsValue());
        assertEquals(Targets.NONE, only.targetsValue());
    }

    @Test
    void aTwentyFirstSetIsRefused() {
        Workout w = started;
        for (int i = 2; i < 20; i++) {
            w = SetEdits.addSet(w, "e0", "n" + i, at(T0 + i, "a"));
        }
        Workout full = w;
        ValidationException e = assertThrows(ValidationException.class,
                () -> SetEdits.addSet(full, "e0", "n99", at(T0 + 99, "a")));
        assertEquals("exercises[0].sets", e.first().field());
    }

    @Test
    void removeSetHidesIt() {
        Workout w = SetEdits.removeSet(started, "e0", "e0.s0", at(T0 + 1, "a"));
        assertEquals(List.of("e0.s1"), w.exercise("e0").visibleSets().stream().map(WorkoutSet::id).toList());
        assertEquals(3, w.setsPlanned());
    }

    @Test
    void eachFieldIsEditedOnItsOwnWithinTheLimitsOfItsKind() {
        Workout w = SetEdits.setReps(started, "e0", "e0.s0", 6, at(T0 + 1, "a"));
        w = SetEdits.setWeight(w, "e0", "e0.s0", 70.25, at(T0 + 2, "a"));
        w = SetEdits.setDuration(w, "e2", "e2.s0", 75, at(T0 + 3, "a"));
        w = SetEdits.setType(w, "e0", "e0.s0", SetType.WARMUP, at(T0 + 4, "a"));
        w = SetEdits.setRpe(w, "e0", "e0.s0", 9.5, at(T0 + 5, "a"));
        WorkoutSet edited = set(w, 0, 0);
        assertEquals(6, edited.repsValue());
        assertEquals(70.25, edited.weightValue());
        assertEquals(SetType.WARMUP, edited.typeValue());
        assertEquals(9.5, edited.rpeValue());
        assertEquals(at(T0 + 1, "a"), edited.reps().at());
        assertEquals(at(T0 + 2, "a"), edited.weight().at());
        assertEquals(75, set(w, 2, 0).durationValue());
    }

    @Test
    void aFieldOutsideTheKindOrTheLimitsIsRefusedNamingTheField() {
        assertField("exercises[2].sets[0].reps", () -> SetEdits.setReps(started, "e2", "e2.s0", 5, at(T0, "a")));
        assertField("exercises[0].sets[1].reps",
                () -> SetEdits.setReps(started, "e0", "e0.s1", 1001, at(T0, "a")));
        assertField("exercises[0].sets[0].weight",
                () -> SetEdits.setWeight(started, "e0", "e0.s0", -1, at(T0, "a")));
        assertField("exercises[0].sets[0].distanceMeters",
                () -> SetEdits.setDistance(started, "e0", "e0.s0", 100, at(T0, "a")));
        assertField("exercises[2].sets[0].durationSeconds",
                () -> SetEdits.setDuration(started, "e2", "e2.s0", 86_401, at(T0, "a")));
        for (double bad : new double[] {5.5, 10.5, 7.25}) {
            assertField("exercises[0].sets[0].rpe", () -> SetEdits.setRpe(started, "e0", "e0.s0", bad, at(T0, "a")));
        }
    }

    private static void assertField(String field, Runnable op) {
        ValidationException e = assertThrows(ValidationException.class, op::run);
        assertEquals(field, e.first().field());
    }

    @Test
    void completeMarksDoneMovesOnAndStartsTheRestInServerTime() {
        Workout w = SetEdits.completeSet(started, "e0", "e0.s0", at(T0 + 10_000, "a"), T0 + 10_000);
        assertTrue(set(w, 0, 0).isDone());
        assertEquals("e0", w.activeExercise().id(), "sets left: the exercise stays active");
        assertEquals(120, w.restRemainingSeconds(T0 + 10_000));
        w = SetEdits.completeSet(w, "e0", "e0.s1", at(T0 + 20_000, "a"), T0 + 20_000);
        assertEquals("e1", w.activeExercise().id(), "all done: the next exercise");
        assertEquals(2, w.setsDone());
        assertEquals(4, w.setsPlanned());
    }

    @Test
    void undoCancelsTheCompletionAndAFreshCompletionCountsAgain() {
        Workout w = SetEdits.completeSet(started, "e0", "e0.s0", at(T0 + 1, "a"), T0 + 1);
        w = SetEdits.undoSet(w, "e0", "e0.s0", at(T0 + 2, "a"));
        assertFalse(set(w, 0, 0).isDone());
        assertEquals(at(T0 + 1, "a"), set(w, 0, 0).undone().seenDone());
        w = SetEdits.completeSet(w, "e0", "e0.s0", at(T0 + 3, "a"), T0 + 3);
        assertTrue(set(w, 0, 0).isDone());
    }

    @Test
    void undoOfASetThatIsNotDoneChangesNothing() {
        assertEquals(started, SetEdits.undoSet(started, "e0", "e0.s0", at(T0 + 1, "a")));
    }

    @Test
    void removedOrUnknownSetsCannotBeEdited() {
        Workout w = SetEdits.removeSet(started, "e0", "e0.s0", at(T0 + 1, "a"));
        assertThrows(IllegalArgumentException.class, () -> SetEdits.setReps(w, "e0", "e0.s0", 5, at(T0 + 2, "a")));
        assertThrows(IllegalArgumentException.class, () -> SetEdits.setReps(w, "e0", "nope", 5, at(T0 + 2, "a")));
        assertThrows(IllegalArgumentException.class, () -> SetEdits.addSet(w, "e0", "e0.s1", at(T0 + 2, "a")),
                "an id already used is refused");
    }

    @Test
    void markDoneCompletesASetWithoutMovingThePlayerOrStartingRest() {
        Workout w = SetEdits.markDone(started, "e1", "e1.s0", at(T0 + 5_000, "a"));
        assertTrue(w.exercise("e1").set("e1.s0").isDone());
        assertEquals(started.activeExerciseId(), w.activeExerciseId());
        assertEquals(started.rest(), w.rest());
        Workout undone = SetEdits.undoSet(w, "e1", "e1.s0", at(T0 + 6_000, "a"));
        assertFalse(undone.exercise("e1").set("e1.s0").isDone());
    }
}
