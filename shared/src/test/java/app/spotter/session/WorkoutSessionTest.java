package app.spotter.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class WorkoutSessionTest {
    private static final long T0 = 1_700_000_000_000L;

    private final WorkoutSession started = WorkoutSession.start(Samples.pushDay(), "s-1", T0);

    @Test
    void startLoadsEveryExerciseAndSetPrefilledFromTheTargets() {
        assertEquals("Push day", started.name());
        assertEquals("t1", started.templateId());
        assertEquals(2, started.exercises().size());
        assertEquals(3, started.setsPlanned());
        SetEntry first = started.set(0, 1);
        assertEquals(8, first.reps());
        assertEquals(62.5, first.weight());
        assertFalse(first.done());
        assertEquals(0, started.activeExerciseIndex());
        assertEquals(1, started.revision());
    }

    @Test
    void elapsedTimeIsDerivedFromTheStart() {
        assertEquals(0, started.elapsedSeconds(T0));
        assertEquals(75 * 60 + 3, started.elapsedSeconds(T0 + (75 * 60 + 3) * 1000L + 999));
        assertEquals(0, started.elapsedSeconds(T0 - 5000), "a clock behind the start never shows negative time");
    }

    @Test
    void completingASetStartsItsExercisesRestAndMakesItActive() {
        WorkoutSession s = started.completeSet(1, 0, T0 + 10_000);
        assertTrue(s.set(1, 0).done());
        assertEquals(T0 + 10_000, s.set(1, 0).changedAt());
        assertEquals(1, s.activeExerciseIndex());
        assertEquals(90, s.restRemainingSeconds(T0 + 10_000));
        assertEquals(1, s.restRemainingSeconds(T0 + 10_000 + 89_001));
        assertEquals(0, s.restRemainingSeconds(T0 + 100_000));
        assertEquals(2, s.revision());
        assertEquals(T0 + 10_000, s.updatedAt());
        assertFalse(started.set(1, 0).done(), "operations return a new session");
    }

    @Test
    void undoKeepsTheSetButClearsDone() {
        WorkoutSession s = started.completeSet(0, 0, T0 + 1000).undoSet(0, 0, T0 + 2000);
        assertFalse(s.set(0, 0).done());
        assertEquals(T0 + 2000, s.set(0, 0).changedAt());
        assertEquals(3, s.revision());
    }

    @Test
    void editingRecordsActualRepsAndWeightWithinLimits() {
        WorkoutSession s = started.editSet(0, 0, 6, 57.5, T0 + 1000);
        assertEquals(6, s.set(0, 0).reps());
        assertEquals(57.5, s.set(0, 0).weight());
        assertEquals(8, s.set(0, 0).targetReps());
        ValidationException e = assertThrows(ValidationException.class, () -> started.editSet(0, 0, 5, -1, T0));
        assertEquals("exercises[0].sets[0].weight", e.first().field());
    }

    @Test
    void restCanBeSkippedAndAdjusted() {
        WorkoutSession resting = started.completeSet(0, 0, T0);
        assertEquals(135, resting.adjustRest(15, T0).restRemainingSeconds(T0));
        assertEquals(105, resting.adjustRest(-15, T0).restRemainingSeconds(T0));
        assertEquals(0, resting.adjustRest(-200, T0).restEndsAt());
        assertEquals(0, resting.skipRest(T0 + 1000).restRemainingSeconds(T0 + 1000));
        assertEquals(started, started.adjustRest(15, T0), "no rest running: nothing to adjust");
    }

    @Test
    void moveToClampsToTheExercises() {
        assertEquals(1, started.moveTo(1, T0).activeExerciseIndex());
        assertEquals(1, started.moveTo(7, T0).activeExerciseIndex());
        assertEquals(0, started.moveTo(-1, T0).activeExerciseIndex());
    }

    @Test
    void finishFixesTheDurationAndSummary() {
        WorkoutSession s = started.completeSet(0, 0, T0 + 60_000).editSet(0, 1, 6, 62.5, T0 + 61_000)
                .completeSet(0, 1, T0 + 200_000).finish(T0 + 3_723_000);
        assertTrue(s.isFinished());
        assertEquals(3723, s.durationSeconds());
        assertEquals(3723, s.elapsedSeconds(T0 + 9_999_999), "a finished session's clock stops");
        assertEquals(2, s.setsDone());
        assertEquals(8 * 60.0 + 6 * 62.5, s.volumeKg());
        assertEquals(0, s.restEndsAt());
    }

    @Test
    void timerFormatCountsMinutesPastAnHour() {
        assertEquals("00:00", TimerFormat.mmss(0));
        assertEquals("00:59", TimerFormat.mmss(59));
        assertEquals("01:00", TimerFormat.mmss(60));
        assertEquals("75:03", TimerFormat.mmss(75 * 60 + 3));
        assertEquals("100:00", TimerFormat.mmss(6000));
        assertEquals("00:00", TimerFormat.mmss(-4));
    }
}
