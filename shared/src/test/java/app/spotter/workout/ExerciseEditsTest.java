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
        assertEquals(List.of("s1.e0", "s1.e1", "s1.e2", "x1"), order(w));
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
        Workout w = ExerciseEdits.removeExercise(started, "s1.e1", at(T0 + 1, "a"));
        assertEquals(List.of("s1.e0", "s1.e2"), order(w));
        assertEquals(3, w.setsPlanned());
    }

    @Test
    void moveUpAndDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Workout up = ExerciseEdits.moveExercise(started, "s1.e2", -1, at(T0 + 1, "a"));
        assertEquals(List.of("s1.e0", "s1.e2", "s1.e1"), order(up));
        Workout top = ExerciseEdits.moveExercise(up, "s1.e2", -1, at(T0 + 2, "a"));
        assertEquals(List.of("s1.e2", "s1.e0", "s1.e1"), order(top));
        assertEquals(top, ExerciseEdits.moveExercise(top, "s1.e2", -1, at(T0 + 3, "a")));
        Workout down = ExerciseEdits.moveExercise(top, "s1.e2", 1, at(T0 + 4, "a"));
        assertEquals(List.of("s1.e0", "s1.e2", "s1.e1"), order(down));
    }

    @Test
    void replaceWithTheSameKindRenamesAndKeepsTheSets() {
        Workout w = SetEdits.completeSet(started, "s1.e0", "s1.e0.s0", at(T0 + 1, "a"), T0 + 1);
        w = ExerciseEdits.replaceExercise(w, "s1.e0", "Incline bench", ExerciseKind.WEIGHT_REPS, "unused",
                at(T0 + 2, "a"));
        assertEquals("Incline bench", w.exercise("s1.e0").nameValue());
        assertEquals(1, w.exercise("s1.e0").setsDone());
        assertEquals(null, w.exercise("unused"));
    }

    @Test
    void replaceWithAnotherKindTakesTheSamePlaceWithCopiesOfTheSets() {
        Workout w = SetEdits.completeSet(started, "s1.e1", "s1.e1.s0", at(T0 + 1, "a"), T0 + 1);
        w = SessionEdits.moveTo(w, "s1.e1", at(T0 + 2, "a"));
        w = ExerciseEdits.replaceExercise(w, "s1.e1", "Pike push-up", ExerciseKind.BODYWEIGHT_REPS, "r1",
                at(T0 + 2, "a"));
        assertEquals(List.of("s1.e0", "r1", "s1.e2"), order(w));
        WorkoutSet copied = w.exercise("r1").visibleSets().get(0);
        assertEquals("r1.s0", copied.id());
        assertTrue(copied.isDone());
        assertEquals(10, copied.repsValue());
        assertEquals(40.0, copied.weightValue());
        assertTrue(w.exercise("s1.e1").isRemoved());
        assertEquals("r1", w.activeExercise().id(), "the active exercise follows its replacement");
        Workout hold = ExerciseEdits.replaceExercise(started, "s1.e0", "Wall sit", ExerciseKind.DURATION, "r2",
                at(T0 + 3, "a"));
        WorkoutSet asHold = hold.exercise("r2").visibleSets().get(0);
        assertEquals(null, asHold.reps());
        assertEquals(null, asHold.weight());
        assertEquals(0, asHold.durationValue());
    }

    @Test
    void notesAndRestArePerExerciseAndLimited() {
        Workout w = ExerciseEdits.setNote(started, "s1.e0", "elbows in", at(T0 + 1, "a"));
        w = ExerciseEdits.setRest(w, "s1.e0", 150, at(T0 + 2, "a"));
        assertEquals("elbows in", w.exercise("s1.e0").noteValue());
        assertEquals(150, w.exercise("s1.e0").restValue());
        ValidationException e = assertThrows(ValidationException.class,
                () -> ExerciseEdits.setNote(started, "s1.e1", "n".repeat(1001), at(T0 + 3, "a")));
        assertEquals("exercises[1].note", e.first().field());
    }

    @Test
    void groupAndUngroupASuperset() {
        Workout w = ExerciseEdits.groupSuperset(started, "s1.e0", "s1.e1", "g1", at(T0 + 1, "a"));
        assertEquals(List.of("s1.e0", "s1.e1"),
                SupersetRounds.supersetOf(w, "s1.e1").stream().map(WorkoutExercise::id).toList());
        assertEquals(1, SupersetRounds.supersetOf(w, "s1.e2").size());
        Workout apart = ExerciseEdits.ungroupSuperset(w, "s1.e0", at(T0 + 2, "a"));
        assertEquals(1, SupersetRounds.supersetOf(apart, "s1.e0").size());
        assertEquals("", apart.exercise("s1.e1").groupValue());
        assertThrows(ValidationException.class,
                () -> ExerciseEdits.groupSuperset(started, "s1.e1", "s1.e1", "g2", at(T0 + 3, "a")));
    }
}
