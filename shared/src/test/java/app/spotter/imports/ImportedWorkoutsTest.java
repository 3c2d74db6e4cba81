package app.spotter.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.ExerciseCatalog;
import app.spotter.history.WeightUnit;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportedWorkoutsTest {
    private static ExerciseCatalog catalog;

    @BeforeAll
    static void readCatalog() throws IOException {
        try (InputStream in = ImportedWorkoutsTest.class.getResourceAsStream("/webroot" + ExerciseCatalog.PATH)) {
            catalog = ExerciseCatalog.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static ImportPlan strong() {
        return ImportedWorkouts.plan(StrongExport.read(Fixtures.text("strong-semicolon-kg.csv"), WeightUnit.KG, 0),
                catalog);
    }

    @Test
    void namesFromTheFileAreMatchedToTheCatalogByNameAndAlias() {
        ImportPlan plan = strong();
        assertEquals(Map.of("Bench Press (Barbell)", "Bench Press", "Plank", "Plank", "Treadmill",
                "Treadmill Running", "Dips", "Chest Dip", "Pull Up", "Pull-Up", "Farmers Walk", "Farmer's Walk"),
                plan.matched());
        assertTrue(plan.created().isEmpty(), plan.created().toString());
        List<String> names = plan.workouts().get(0).visibleExercises().stream().map(e -> e.name().value()).toList();
        assertEquals(List.of("Bench Press", "Plank", "Treadmill Running", "Chest Dip"), names);
    }

    @Test
    void eachExerciseGetsTheKindItsSetsRecordAndEverySetIsDone() {
        Workout push = strong().workouts().get(0);
        List<WorkoutExercise> ex = push.visibleExercises();
        assertEquals(List.of(ExerciseKind.WEIGHT_REPS, ExerciseKind.DURATION, ExerciseKind.DISTANCE_DURATION,
                ExerciseKind.BODYWEIGHT_REPS), ex.stream().map(WorkoutExercise::kind).toList());
        WorkoutSet plank = ex.get(1).visibleSets().get(0);
        assertEquals(75, plank.durationValue());
        WorkoutSet treadmill = ex.get(2).visibleSets().get(0);
        assertEquals(2500.0, treadmill.distanceValue());
        assertEquals(900, treadmill.durationValue());
        assertEquals(push.setsPlanned(), push.setsDone());
        assertTrue(push.isFinished());
        assertEquals(3900, push.durationSeconds());
        assertEquals("Felt strong; slept well", push.noteValue());
    }

    @Test
    void setTypesAndRpeSurviveAndWarmUpsCountTowardNoVolume() {
        Workout push = strong().workouts().get(0);
        List<WorkoutSet> bench = push.visibleExercises().get(0).visibleSets();
        assertEquals(List.of(SetType.WARMUP, SetType.NORMAL, SetType.NORMAL, SetType.DROP),
                bench.stream().map(WorkoutSet::typeValue).toList());
        assertEquals(8.5, bench.get(1).rpeValue());
        assertEquals(9.0, bench.get(2).rpeValue());
        assertEquals(80 * 5 + 80 * 5 + 60 * 8 + 10 * 12, push.volumeKg(), 1e-9);
        assertTrue(push.visibleExercises().get(0).noteValue().contains("Set 2: Paused, \"tight\" arch"));
    }

    @Test
    void importingTheSameFileTwiceGivesTheSameWorkoutsUnderTheFirstReleasesIds() {
        ImportPlan a = strong();
        ImportPlan b = strong();
        assertEquals(a.workouts(), b.workouts());
        assertEquals("strong-" + Fingerprint.of("2024-03-04 18:05:00|Push day"), a.workouts().get(0).sessionId());
        assertTrue(!a.workouts().get(0).sessionId().equals(a.workouts().get(1).sessionId()),
                "each workout of the file has its own id");
    }

    @Test
    void aWorkoutOverTheLimitsIsLeftOutWithItsRowsListedAndTheOthersAreImported() {
        String tooHeavy = Fixtures.text("strong-comma-lbs.csv").replace("Zottman Curl,1,30,12",
                "Zottman Curl,1,30000,12");
        ImportPlan plan = ImportedWorkouts.plan(StrongExport.read(tooHeavy, WeightUnit.LB, 0), catalog);
        assertEquals(List.of("Upper, heavy"), plan.workouts().stream().map(w -> w.nameValue()).toList());
        assertEquals(List.of(6), plan.skipped().stream().map(SkippedRow::line).toList());
        assertTrue(plan.skipped().get(0).reason().contains("Late night"), plan.skipped().get(0).reason());
    }

    @Test
    void hevySupersetsStayGroupedAndUnknownNamesBecomeCustomExercises() {
        ImportPlan plan = ImportedWorkouts.plan(HevyExport.read(Fixtures.text("hevy.csv"), 0), catalog);
        Workout push = plan.workouts().get(0);
        List<WorkoutExercise> ex = push.visibleExercises();
        assertEquals("Lateral Raise", ex.get(1).name().value());
        assertEquals("Triceps Pushdown", ex.get(2).name().value());
        assertEquals(ex.get(1).groupValue(), ex.get(2).groupValue());
        assertTrue(!ex.get(1).groupValue().isEmpty());
        ImportPlan strongLbs = ImportedWorkouts.plan(StrongExport.read(Fixtures.text("strong-comma-lbs.csv"),
                WeightUnit.LB, 0), catalog);
        assertEquals(List.of("Zottman Curl"), strongLbs.created());
        assertEquals(ExerciseKind.WEIGHT_REPS, strongLbs.workouts().get(1).visibleExercises().get(0).kind());
    }

    @Test
    void thePlanGivesTheDateRangeAndEverySkippedRow() {
        ImportPlan plan = strong();
        assertEquals(plan.workouts().get(0).startedAt(), plan.firstStartedAt());
        assertEquals(plan.workouts().get(1).startedAt(), plan.lastStartedAt());
        assertEquals(List.of(6, 11, 13, 14), plan.skipped().stream().map(SkippedRow::line).toList());
    }
}
