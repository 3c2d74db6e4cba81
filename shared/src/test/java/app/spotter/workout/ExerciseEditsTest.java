package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static app.spotter.workout.WorkoutSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseEditsTest {
    private final Workout started = WorkoutSamples.started(WorkoutSamples.pushDay());

    private static List<String> order(Workout w) {
        return w.visibleExercises().stream().map(WorkoutExercise::id).toList();
    }

    @Test
    void addExerciseGoesLastWithItsKindAndNoSets() {
        Workout w = ExerciseEdits.addExercise(started, "x1", " Farmer carry ", ExerciseKind.WEIGHT_DURATION, 90,
                at(T0 + 1, "a"));
        assertEquals(List.of("e0", "e1", "e2", "x1"), order(w));
        WorkoutExercise added = w.exercise("x1");
        assertEquals("Farmer carry", added.nameValue());
        assertEquals(ExerciseKind.WEIGHT_DURATION, added.kind());
        assertTrue(added.visibleSets().isEmpty());
    }

    @Test
    void addExerciseRefusesABadNameOrRestAndAFiftyFirstExercise() {
        ValidationException e = assertThrows(ValidationException.class, () -> ExerciseEdits.addExercise(started, "x1",
                "", ExerciseKind.REPS_ONLY, 90, at(T0 + 1, "a")));
        assertEquals("exercises[3].name", e.first().field());
        e = assertThrows(ValidationException.class, () -> ExerciseEdits.addExercise(started, "x1", "Dip",
                ExerciseKind.REPS_ONLY, 4000, at(T0 + 1, "a")));
        assertEquals("exercises[3].restSeconds", e.first().field());
        Workout w = SessionEdits.startEmpty("s2", "Empty", at(T0, "a"), T0);
        for (int i = 0; i < 50; i++) {
            w = ExerciseEdits.addExercise(w, "x" + i, "E" + i, ExerciseKind.REPS_ONLY, 0, at(T0 + i + 1, "a"));
        }
        Workout full = w;
        e = assertThrows(ValidationException.class, () -> ExerciseEdits.addExercise(full, "x99", "E", 
                ExerciseKind.REPS_ONLY, 0, at(T0 + 99, "a")));
        assertEquals("exercises", e.first().field());
    }

    @Test
    void removeExerciseHidesItAndItsSets() {
        Workout w = ExerciseEdits.removeExercise(started, "e1", at(T0 + 1, "a"));
        assertEquals(List.of("e0", "e2"), order(w));
        assertEquals(3, w.setsPlanned());
    }

    @Test
    void moveUpAndDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Workout up = ExerciseEdits.moveExercise(started, "e2", -1, at(T0 + 1, "a"));
        assertEquals(List.of("e0", "e2", "e1"), order(up));
        Workout top = ExerciseEdits.moveExercise(up, "e2", -1, at(T0 + 2, "a"));
        assertEquals(List.of("e2", "e0", "e1"), order(top));
        assertEquals(top, ExerciseEdits.moveExercise(top, "e2", -1, at(T0 + 3, "a")));
        Workout down = ExerciseEdits.moveExercise(top, "e2", 1, at(T0 + 4, "a"));
        assertEquals(List.of("e0", "e2", "e1"), order(down));
    }

    @Test
    void replaceWithTheSameKindRenamesAndKeepsTheSets() {
        Workout w = SetEdits.completeSet(started, "e0", "e0.s0", at(T0 + 1, "a"), T0 + 1);
        w = ExerciseEdits.replaceExercise(w, "e0", "Incline bench", ExerciseKind.WEIGHT_REPS, "unused",
                at(T0 + 2, "a"));
        assertEquals("Incline bench", w.exercise("e0").nameValue());
        assertEquals(1, w.exercise("e0").setsDone());
        assertEquals(null, w.exercise("unused"));
    }

    @Test
    void replaceWithAnotherKindTakesTheSamePlaceWithCopiesOfTheSets() {
        Workout w = SetEdits.completeSet(started, "e1", "e1.s0", at(T0 + 1, "a"), T0 + 1);
        w = SessionEdits.moveTo(w, "e1", at(T0 + 2, "a"));
        w = ExerciseEdits.replaceExercise(w, "e1", "Pike push-up", ExerciseKind.BODYWEIGHT_REPS, "r1",
                at(T0 + 2, "a"));
        assertEquals(List.of("e0", "r1", "e2"), order(w));
        WorkoutSet copied = w.exercise("r1").visibleSets().get(0);
        assertEquals("r1.s0", copied.id());
        assertTrue(copied.isDone());
        assertEquals(10, copied.repsValue());
        assertEquals(40.0, copied.weightValue());
        assertTrue(w.exercise("e1").isRemoved());
        assertEquals("r1", w.activeExercise().id(), "the active exercise follows its replacement");
        Workout hold = ExerciseEdits.replaceExercise(started, "e0", "Wall sit", ExerciseKind.DURATION, "r2",
                at(T0 + 3, "a"));
        WorkoutSet asHold = hold.exercise("r2").visibleSets().get(0);
        assertEquals(null, asHold.reps());
        assertEquals(null, asHold.weight());
        assertEquals(0, asHold.durationValue());
    }

    @Test
    void notesAndRestArePerExerciseAndLimited() {
        Workout w = ExerciseEdits.setNote(started, "e0", "elbows in", at(T0 + 1, "a"));
        w = ExerciseEdits.setRest(w, "e0", 150, 0, at(T0 + 2, "a"));
        assertEquals("elbows in", w.exercise("e0").noteValue());
        assertEquals(150, w.exercise("e0").restValue());
        ValidationException e = assertThrows(ValidationException.class,
                () -> ExerciseEdits.setNote(started, "e1", "n".repeat(1001), at(T0 + 3, "a")));
        assertEquals("exercises[1].note", e.first().field());
    }

    @Test
    void groupAndUngroupASuperset() {
        Workout w = ExerciseEdits.groupSuperset(started, "e0", "e1", "g1", at(T0 + 1, "a"));
        assertEquals(List.of("e0", "e1"),
                SupersetRounds.supersetOf(w, "e1").stream().map(WorkoutExercise::id).toList());
        assertEquals(1, SupersetRounds.supersetOf(w, "e2").size());
        Workout apart = ExerciseEdits.ungroupSuperset(w, "e0", at(T0 + 2, "a"));
        assertEquals(1, SupersetRounds.supersetOf(apart, "e0").size());
        assertEquals("", apart.exercise("e1").groupValue());
        assertThrows(ValidationException.class,
                () -> ExerciseEdits.groupSuperset(started, "e1", "e1", "g2", at(T0 + 3, "a")));
    }
}
