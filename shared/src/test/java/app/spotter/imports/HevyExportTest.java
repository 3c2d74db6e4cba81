package app.spotter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.transfer.CivilTime;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HevyExportTest {
    @Test
    void readsWorkoutsExercisesSupersetsAndEveryKindOfSet() {
        ImportedFile file = HevyExport.read(Fixtures.text("hevy.csv"), 120);
        assertEquals(Fixtures.dataRows("hevy.csv"), file.sets() + file.skipped().size());
        ImportedWorkout push = file.workouts().get(0);
        assertEquals("Push A", push.name());
        assertEquals(CivilTime.toEpochMillis(2024, 3, 4, 18, 5, 0, 120), push.startedAt());
        assertEquals(65 * 60, push.durationSeconds());
        assertEquals("Good session, new PR", push.note());
        ImportedExercise bench = push.exercises().get(0);
        assertEquals("Elbows in", bench.note());
        assertEquals(List.of("warmup", "normal", "drop"), bench.sets().stream().map(ImportedSet::type).toList());
        assertEquals(82.5, bench.sets().get(1).weightKg());
        assertEquals(8.5, bench.sets().get(1).rpe());
        assertEquals("0", push.exercises().get(1).supersetId());
        assertEquals("0", push.exercises().get(2).supersetId());
        assertEquals("failure", push.exercises().get(2).sets().get(0).type());
        assertEquals(90, push.exercises().get(3).sets().get(0).seconds());
        assertEquals(2500.0, push.exercises().get(4).sets().get(0).meters());
    }

    @Test
    void unknownSetTypesAndBadRpeAreListed() {
        ImportedFile file = HevyExport.read(Fixtures.text("hevy.csv"), 0);
        assertEquals(List.of(9, 10), file.skipped().stream().map(SkippedRow::line).toList());
        assertTrue(file.skipped().get(0).reason().contains("cooldown"));
        assertTrue(file.skipped().get(1).reason().contains("RPE"));
    }

    @Test
    void aStrongFileIsNotTakenForAHevyOne() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> HevyExport.read(Fixtures.text("strong-comma-lbs.csv"), 0));
        assertTrue(e.getMessage().contains("not a Hevy export"), e.getMessage());
    }
}
