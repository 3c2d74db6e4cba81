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

class SessionEditsTest {
    private final Workout started = WorkoutSamples.started(WorkoutSamples.pushDay());

    @Test
    void startFromATemplateCopiesExercisesSetsKindsAndTargetsWithDerivedIds() {
        List<WorkoutExercise> exercises = started.visibleExercises();
        assertEquals(List.of("e0", "e1", "e2"), exercises.stream().map(WorkoutExercise::id).toList());
        assertEquals("Bench press", exercises.get(0).nameValue());
        assertEquals(ExerciseKind.DURATION, exercises.get(2).kind());
        WorkoutSet second = exercises.get(0).visibleSets().get(1);
        assertEquals("e0.s1", second.id());
        assertEquals(8, second.repsValue());
        assertEquals(62.5, second.weightValue());
        assertEquals(new Targets(8, 62.5, 0, 0), second.targetsValue());
        assertEquals(60, exercises.get(2).visibleSets().get(0).durationValue());
        assertEquals(null, exercises.get(2).visibleSets().get(0).reps(), "a hold has no reps");
        assertEquals(T0, started.startedAt());
        assertEquals("e0", started.activeExercise().id());
        assertEquals("t1", started.templateId());
    }

    @Test
    void startEmptyHasNoExercisesAndNeedsAName() {
        Workout empty = SessionEdits.startEmpty("s2", "Workout", at(T0, "a"), T0);
        assertTrue(empty.visibleExercises().isEmpty());
        assertEquals(null, empty.activeExercise());
        assertEquals("", empty.templateId());
        ValidationException e = assertThrows(ValidationException.class,
                () -> SessionEdits.startEmpty("s2", " ", at(T0, "a"), T0));
        assertEquals("name", e.first().field());
    }

    @Test
    void renameAndNoteAreRecordedAndTheNoteIsLimited() {
        Workout w = SessionEdits.setNote(SessionEdits.rename(started, "Push A", at(T0 + 1, "a")), "felt strong",
                at(T0 + 2, "a"));
        assertEquals("Push A", w.nameValue());
        assertEquals("felt strong", w.noteValue());
        ValidationException e = assertThrows(ValidationException.class,
                () -> SessionEdits.setNote(started, "x".repeat(1001), at(T0 + 3, "a")));
        assertEquals("note", e.first().field());
    }

    @Test
    void restRunsInServerTimeAndCanBeAdjustedAndSkipped() {
        Workout w = SessionEdits.startRest(started, 120, at(T0 + 1000, "a"), T0 + 1000);
        assertEquals(120, w.restRemainingSeconds(T0 + 1000));
        assertEquals(1, w.restRemainingSeconds(T0 + 120_500));
        assertEquals(0, w.restRemainingSeconds(T0 + 121_000));
        Workout longer = SessionEdits.adjustRest(w, 30, at(T0 + 2000, "a"), T0 + 2000);
        assertEquals(149, longer.restRemainingSeconds(T0 + 2000));
        Workout ended = SessionEdits.adjustRest(w, -300, at(T0 + 2000, "a"), T0 + 2000);
        assertEquals(0, ended.restRemainingSeconds(T0 + 2000));
        assertEquals(0, SessionEdits.skipRest(w, at(T0 + 3000, "a")).restRemainingSeconds(T0 + 3000));
        assertEquals(started, SessionEdits.adjustRest(started, 30, at(T0 + 4000, "a"), T0 + 4000),
                "no rest running: nothing to adjust");
    }

    @Test
    void moveToMakesAnExerciseActive() {
        Workout w = SessionEdits.moveTo(started, "e2", at(T0 + 1, "a"));
        assertEquals("e2", w.activeExercise().id());
        assertThrows(IllegalArgumentException.class, () -> SessionEdits.moveTo(started, "nope", at(T0 + 2, "a")));
    }

    @Test
    void finishRecordsServerTimeAndTheDuration() {
        Workout done = SetEdits.completeSet(started, "e0", "e0.s0", at(T0 + 60_000, "a"), T0 + 60_000);
        Workout finished = SessionEdits.finish(done, at(T0 + 3_600_000, "a"), T0 + 3_600_000);
        assertTrue(finished.isFinished());
        assertEquals(3600, finished.durationSeconds());
        assertEquals(3600, finished.elapsedSeconds(T0 + 9_999_999), "the timer stops at the finish");
        assertEquals(0, finished.restRemainingSeconds(T0 + 3_600_000));
        assertFalse(done.isFinished());
        assertEquals(0, done.durationSeconds());
    }

    @Test
    void finishWithNoSetDoneIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SessionEdits.finish(started, at(T0 + 1, "a"), T0 + 1));
        assertEquals("exercises", e.first().field());
    }

    @Test
    void operationsRefuseAPartialDocument() {
        Workout delta = WorkoutDelta.since(started, at(T0, "a"));
        assertThrows(IllegalStateException.class, () -> SessionEdits.rename(delta, "x", at(T0 + 1, "a")));
    }
}
