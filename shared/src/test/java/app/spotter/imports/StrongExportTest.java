package app.spotter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.WeightUnit;
import app.spotter.transfer.CivilTime;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrongExportTest {
    private static int setCount(ImportedFile file) {
        return file.sets();
    }

    @Test
    void everyRowIsImportedOrListedWithItsLine() {
        for (String name : List.of("strong-semicolon-kg.csv", "strong-comma-lbs.csv", "strong-old-units.csv")) {
            ImportedFile file = StrongExport.read(Fixtures.text(name), WeightUnit.KG, 0);
            assertEquals(Fixtures.dataRows(name), setCount(file) + file.skipped().size(), name);
        }
    }

    @Test
    void semicolonLayoutWithUnitsInTheHeaderKeepsTypesRpeNotesTimesAndDistances() {
        ImportedFile file = StrongExport.read(Fixtures.text("strong-semicolon-kg.csv"), WeightUnit.LB, 60);
        assertEquals(2, file.workouts().size());
        ImportedWorkout push = file.workouts().get(0);
        assertEquals("Push day", push.name());
        assertEquals(CivilTime.toEpochMillis(2024, 3, 4, 18, 5, 0, 60), push.startedAt());
        assertEquals(3900, push.durationSeconds());
        assertEquals("Felt strong; slept well", push.note());
        List<ImportedExercise> ex = push.exercises();
        assertEquals(List.of("Bench Press (Barbell)", "Plank", "Treadmill", "Dips"),
                ex.stream().map(ImportedExercise::name).toList());
        List<ImportedSet> bench = ex.get(0).sets();
        assertEquals(List.of("warmup", "normal", "normal", "drop"), bench.stream().map(ImportedSet::type).toList());
        assertEquals(80.0, bench.get(1).weightKg());
        assertEquals(8.5, bench.get(1).rpe());
        assertEquals("Paused, \"tight\" arch", bench.get(1).note());
        ImportedSet plank = ex.get(1).sets().get(0);
        assertEquals(75, plank.seconds());
        assertNull(plank.reps());
        ImportedSet treadmill = ex.get(2).sets().get(0);
        assertEquals(2500.0, treadmill.meters());
        assertEquals(900, treadmill.seconds());
        assertEquals("failure", ex.get(3).sets().get(0).type());
        assertEquals("Añadido: ünïcödé ✓", ex.get(3).sets().get(0).note());
        ImportedWorkout pull = file.workouts().get(1);
        assertEquals(32.5, pull.exercises().get(1).sets().get(0).weightKg());
        assertEquals(60, pull.exercises().get(1).sets().get(0).seconds());
        assertEquals(List.of("Pull Up", "Farmers Walk"), pull.exercises().stream().map(ImportedExercise::name).toList());
    }

    @Test
    void rowsThatCannotBeImportedAreListedWithTheReason() {
        ImportedFile file = StrongExport.read(Fixtures.text("strong-semicolon-kg.csv"), WeightUnit.KG, 0);
        List<SkippedRow> skipped = file.skipped();
        assertEquals(List.of(6, 11, 13, 14), skipped.stream().map(SkippedRow::line).toList());
        assertTrue(skipped.get(0).reason().contains("rest timer"), skipped.get(0).reason());
        assertTrue(skipped.get(1).reason().contains("'weight (kg)'"), skipped.get(1).reason());
        assertTrue(skipped.get(2).reason().contains("RPE"), skipped.get(2).reason());
        assertTrue(skipped.get(3).reason().contains("not a date"), skipped.get(3).reason());
    }

    @Test
    void commaLayoutReadsTwelveHourDatesTheUsersUnitAndQuotedNames() {
        ImportedFile file = StrongExport.read(Fixtures.text("strong-comma-lbs.csv"), WeightUnit.LB, -300);
        assertTrue(file.skipped().isEmpty(), file.skipped().toString());
        ImportedWorkout upper = file.workouts().get(0);
        assertEquals("Upper, heavy", upper.name());
        assertEquals(CivilTime.toEpochMillis(2024, 1, 15, 18, 45, 10, -300), upper.startedAt());
        assertEquals(3900, upper.durationSeconds());
        assertEquals(WeightUnit.LB.toKg(225), upper.exercises().get(0).sets().get(0).weightKg());
        assertEquals(8.0, upper.exercises().get(0).sets().get(0).rpe());
        ImportedSet run = upper.exercises().get(1).sets().get(0);
        assertEquals(3.1 * 1609.344, run.meters(), 1e-9);
        assertEquals("easy, \"conversational\"", run.note());
        assertEquals(3, upper.exercises().size(), "bench after the run is a second bench entry");
        assertEquals(CivilTime.toEpochMillis(2024, 1, 16, 0, 5, 0, -300), file.workouts().get(1).startedAt());
        assertEquals(1500, file.workouts().get(1).durationSeconds());
    }

    @Test
    void oldLayoutTakesEachRowsUnits() {
        ImportedFile file = StrongExport.read(Fixtures.text("strong-old-units.csv"), WeightUnit.KG, 0);
        ImportedWorkout w = file.workouts().get(0);
        assertEquals(2700, w.durationSeconds());
        assertEquals(WeightUnit.LB.toKg(315), w.exercises().get(0).sets().get(0).weightKg());
        assertEquals(140.0, w.exercises().get(0).sets().get(1).weightKg());
        assertEquals(2000.0, w.exercises().get(1).sets().get(0).meters());
        assertEquals(List.of(5), file.skipped().stream().map(SkippedRow::line).toList());
        assertTrue(file.skipped().get(0).reason().contains("stone"));
    }

    @Test
    void aFileThatIsNotAStrongExportIsRefusedNamingTheColumn() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> StrongExport.read("title,start_time\nx,y\n", WeightUnit.KG, 0));
        assertTrue(e.getMessage().contains("'date' is missing"), e.getMessage());
        assertThrows(ValidationException.class, () -> StrongExport.read("", WeightUnit.KG, 0));
    }
}
