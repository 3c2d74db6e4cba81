package app.spotter.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.history.WeightUnit;
import app.spotter.json.ExportCodec;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrongCsvImportTest {
    static final String NEW_LAYOUT = String.join("\n",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
            "2024-01-15 18:30:00,\"Push, heavy\",1h 5m,Bench Press (Barbell),1,100,5,,,,,",
            "2024-01-15 18:30:00,\"Push, heavy\",1h 5m,Bench Press (Barbell),2,100,4,,,\"felt \"\"ok\"\"\",,8",
            "2024-01-15 18:30:00,\"Push, heavy\",1h 5m,Treadmill,1,,,2.5,900,,,",
            "2024-01-15 18:30:00,\"Push, heavy\",1h 5m,Overhead Press (Barbell),1,60.5,8,,,,,",
            "2024-01-17 07:05:10,Legs,45m,Squat (Barbell),1,140,3,,,,,",
            "");
    static final String OLD_LAYOUT = String.join("\r\n",
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;"
                    + "Workout Notes;Workout Duration",
            "2019-01-11 12:31:54;\"Leg\";\"Deadlift (Barbell)\";1;225;lbs;5;;;;0;\"\";\"\";30m",
            "2019-01-11 12:31:54;\"Leg\";\"Deadlift (Barbell)\";2;100;kg;4;;;;0;;;30m");

    @Test
    void readsTheNewLayoutIntoFinishedWorkouts() {
        StrongCsvImport.Result result = StrongCsvImport.read(NEW_LAYOUT, WeightUnit.KG, 60);
        assertEquals(2, result.workouts().size());
        assertEquals(1, result.skippedRows(), "the treadmill row has no reps");
        WorkoutSession push = result.workouts().get(0);
        assertEquals("Push, heavy", push.name());
        assertEquals(CivilTime.toEpochMillis(2024, 1, 15, 18, 30, 0, 60), push.startedAt());
        assertEquals(3900, push.durationSeconds());
        assertEquals(2, push.exercises().size());
        assertEquals(2, push.exercises().get(0).sets().size());
        assertEquals(4, push.set(0, 1).reps());
        assertEquals(60.5, push.set(1, 0).weight());
        assertTrue(push.set(0, 0).done());
        assertEquals(2700, result.workouts().get(1).durationSeconds());
    }

    @Test
    void readsTheOldLayoutWithItsPerRowUnits() {
        StrongCsvImport.Result result = StrongCsvImport.read(OLD_LAYOUT, WeightUnit.KG, 0);
        WorkoutSession leg = result.workouts().get(0);
        assertEquals(102.058, leg.set(0, 0).weight(), "225 lb in kg");
        assertEquals(100.0, leg.set(0, 1).weight());
        assertEquals(1800, leg.durationSeconds());
    }

    @Test
    void theFileUnitAppliesWhenRowsDoNotSay() {
        WorkoutSession push = StrongCsvImport.read(NEW_LAYOUT, WeightUnit.LB, 0).workouts().get(0);
        assertEquals(WeightUnit.LB.toKg(100), push.set(0, 0).weight());
    }

    @Test
    void importingTheSameFileTwiceGivesTheSameIds() {
        List<String> first = StrongCsvImport.read(NEW_LAYOUT, WeightUnit.KG, 0).workouts().stream()
                .map(WorkoutSession::sessionId).toList();
        List<String> second = StrongCsvImport.read(NEW_LAYOUT, WeightUnit.KG, 0).workouts().stream()
                .map(WorkoutSession::sessionId).toList();
        assertEquals(first, second);
        assertTrue(first.get(0).startsWith("strong-"));
        assertTrue(!first.get(0).equals(first.get(1)));
    }

    @Test
    void badFilesNameTheLineAndTheProblem() {
        ValidationException notStrong = assertThrows(ValidationException.class,
                () -> StrongCsvImport.read("a,b,c\n1,2,3", WeightUnit.KG, 0));
        assertTrue(notStrong.first().message().startsWith("line 1: this is not a Strong export"),
                notStrong.first().message());
        ValidationException badWeight = assertThrows(ValidationException.class,
                () -> StrongCsvImport.read(NEW_LAYOUT.replace(",60.5,", ",heavy,"), WeightUnit.KG, 0));
        assertEquals("line 5: 'weight' must be a number, not 'heavy'", badWeight.first().message());
        ValidationException badDate = assertThrows(ValidationException.class,
                () -> StrongCsvImport.read(NEW_LAYOUT.replace("2024-01-17 07:05:10", "yesterday"), WeightUnit.KG, 0));
        assertEquals("line 6", badDate.first().field());
        ValidationException tooHeavy = assertThrows(ValidationException.class,
                () -> StrongCsvImport.read(NEW_LAYOUT.replace(",140,", ",14000,"), WeightUnit.KG, 0));
        assertTrue(tooHeavy.first().message().contains("line 6"), tooHeavy.first().message());
    }

    @Test
    void ourCsvExportIsReadBackByTheStrongImport() {
        WorkoutSession w = WorkoutSession.start(Samples.pushDay(), "s", 1_700_000_000_000L)
                .completeSet(0, 0, 1_700_000_001_000L).completeSet(1, 0, 1_700_000_002_000L)
                .finish(1_700_000_000_000L + 3_723_000L);
        String csv = CsvExport.write(List.of(w), 120);
        assertTrue(csv.startsWith(CsvExport.HEADER + "\n"), csv);
        WorkoutSession back = StrongCsvImport.read(csv, WeightUnit.KG, 120).workouts().get(0);
        assertEquals(w.startedAt(), back.startedAt());
        assertEquals(w.durationSeconds() / 60 * 60, back.durationSeconds(), "Strong's durations are in minutes");
        assertEquals(w.volumeKg(), back.volumeKg());
        assertEquals(2, back.setsDone());
    }

    @Test
    void jsonExportRoundTripsExactly() {
        WorkoutSession w = WorkoutSession.start(Samples.pushDay(), "s", 1_700_000_000_000L)
                .completeSet(0, 0, 1_700_000_001_000L).finish(1_700_000_100_000L);
        ExportCodec.Export export = new ExportCodec.Export(1_700_000_200_000L, List.of(Samples.pushDay()),
                List.of(w));
        assertEquals(export, ExportCodec.read(ExportCodec.write(export)));
        ValidationException bad = assertThrows(ValidationException.class, () -> ExportCodec.read(
                ExportCodec.write(export).replace("\"reps\":8", "\"reps\":-8")));
        assertTrue(bad.first().field().startsWith("templates[0]"), bad.first().field());
    }

    @Test
    void civilTimeRoundTrips() {
        long t = CivilTime.toEpochMillis(2024, 2, 29, 23, 59, 58, -300);
        assertEquals("2024-02-29 23:59:58", CivilTime.format(t, -300));
        assertEquals(0, CivilTime.toEpochMillis(1970, 1, 1, 0, 0, 0, 0));
        assertEquals("1969-12-31 23:00:00", CivilTime.format(0, -60));
    }
}
