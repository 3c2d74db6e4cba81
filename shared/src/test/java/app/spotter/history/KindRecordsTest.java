package app.spotter.history;

import static app.spotter.history.PersonalRecord.Kind.BEST_ESTIMATED_ONE_REP_MAX;
import static app.spotter.history.PersonalRecord.Kind.BEST_PACE;
import static app.spotter.history.PersonalRecord.Kind.BEST_SET_VOLUME;
import static app.spotter.history.PersonalRecord.Kind.HEAVIEST_CARRY;
import static app.spotter.history.PersonalRecord.Kind.HEAVIEST_WEIGHT;
import static app.spotter.history.PersonalRecord.Kind.LEAST_ASSISTANCE;
import static app.spotter.history.PersonalRecord.Kind.LONGEST_CARRY;
import static app.spotter.history.PersonalRecord.Kind.LONGEST_DISTANCE;
import static app.spotter.history.PersonalRecord.Kind.LONGEST_HOLD;
import static app.spotter.history.PersonalRecord.Kind.MOST_ADDED_WEIGHT;
import static app.spotter.history.PersonalRecord.Kind.MOST_REPS;
import static app.spotter.history.PersonalRecord.Kind.MOST_REPS_AT_WEIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindRecordsTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long DAY = 86_400_000L;

    private static List<PersonalRecord.Kind> kinds(List<PersonalRecord> records) {
        return records.stream().map(PersonalRecord::kind).toList();
    }

    private static PersonalRecord only(List<PersonalRecord> records, PersonalRecord.Kind kind) {
        return records.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow(() ->
                new AssertionError("no " + kind + " in " + records));
    }

    @Test
    void weightRepsSetsHeaviestMostRepsAtAWeightAndBestOneRepMax() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Squat", ExerciseKind.WEIGHT_REPS)
                .reps(5, 100).reps(5, 100).finish(600);
        Workout now = LoggedWorkout.started("b", T0 + DAY).exercise("squat", ExerciseKind.WEIGHT_REPS)
                .reps(3, 105).reps(7, 100).finish(600);
        List<PersonalRecord> records = PersonalRecords.set(now, List.of(before));
        assertEquals(List.of(HEAVIEST_WEIGHT, MOST_REPS_AT_WEIGHT, BEST_ESTIMATED_ONE_REP_MAX, BEST_SET_VOLUME),
                kinds(records));
        assertEquals(105.0, records.get(0).value());
        assertEquals(100.0, records.get(0).previous());
        assertEquals(7.0, records.get(1).value());
        assertEquals(100.0, records.get(1).weight());
        assertEquals(Epley.oneRepMax(7, 100), records.get(2).value(), 1e-9);
        assertEquals(ExerciseKind.WEIGHT_REPS, records.get(2).exerciseKind());
        assertEquals(700.0, records.get(3).value(), "7 x 100 beats 5 x 100");
        assertEquals(500.0, records.get(3).previous());
    }

    @Test
    void aFirstTimeAndAnEqualDoSetNoRecordOfAnyKind() {
        Workout first = LoggedWorkout.started("a", T0).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0).finish(1800);
        assertTrue(PersonalRecords.set(first, List.of()).isEmpty());
        Workout same = LoggedWorkout.started("b", T0 + DAY).exercise("Plank", ExerciseKind.DURATION)
                .timed(60, 0, 0).exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0).finish(1800);
        assertTrue(PersonalRecords.set(same, List.of(first)).isEmpty());
    }

    @Test
    void durationSetsTheLongestHold() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .finish(300);
        Workout now = LoggedWorkout.started("b", T0 + DAY).exercise("Plank", ExerciseKind.DURATION)
                .timed(45, 0, 0).timed(75, 0, 0).finish(300);
        PersonalRecord hold = only(PersonalRecords.set(now, List.of(before)), LONGEST_HOLD);
        assertEquals(75.0, hold.value());
        assertEquals(60.0, hold.previous());
        assertEquals(75, hold.durationSeconds());
        assertEquals("s", KindMeasures.unit(LONGEST_HOLD));
    }

    @Test
    void cardioSetsTheLongestDistanceAndTheBestPaceApart() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(1500, 5000, 0).finish(1800); // 5:00 per km
        Workout farther = LoggedWorkout.started("b", T0 + DAY).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(3300, 10000, 0).finish(3600); // 5:30 per km: longer, slower
        List<PersonalRecord> records = PersonalRecords.set(farther, List.of(before));
        assertEquals(List.of(LONGEST_DISTANCE), kinds(records));
        assertEquals(10000.0, records.get(0).value());
        Workout faster = LoggedWorkout.started("c", T0 + 2 * DAY).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(1080, 4000, 0).finish(1800); // 4:30 per km
        PersonalRecord pace = only(PersonalRecords.set(faster, List.of(before, farther)), BEST_PACE);
        assertEquals(270.0, pace.value(), 1e-9);
        assertEquals(300.0, pace.previous(), 1e-9);
        assertEquals(4000.0, pace.distanceMeters());
        assertEquals(1080, pace.durationSeconds());
    }

    @Test
    void bodyweightSetsMostRepsAndMostAddedWeight() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Pull-up", ExerciseKind.BODYWEIGHT_REPS)
                .reps(10, 0).reps(6, 5).finish(600);
        Workout now = LoggedWorkout.started("b", T0 + DAY).exercise("Pull-up", ExerciseKind.BODYWEIGHT_REPS)
                .reps(12, 0).reps(5, 10).finish(600);
        List<PersonalRecord> records = PersonalRecords.set(now, List.of(before));
        assertEquals(List.of(MOST_REPS, MOST_ADDED_WEIGHT), kinds(records));
        assertEquals(12.0, records.get(0).value());
        assertEquals(10.0, records.get(1).value());
        assertEquals(5.0, records.get(1).previous());
    }

    @Test
    void repsOnlyAssistedAndCarriesHaveTheirOwnRecords() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Burpee", ExerciseKind.REPS_ONLY).reps(15, 0)
                .exercise("Assisted dip", ExerciseKind.ASSISTED).reps(8, 30)
                .exercise("Farmer's walk", ExerciseKind.WEIGHT_DURATION).timed(40, 0, 32).finish(900);
        Workout now = LoggedWorkout.started("b", T0 + DAY).exercise("Burpee", ExerciseKind.REPS_ONLY).reps(20, 0)
                .exercise("Assisted dip", ExerciseKind.ASSISTED).reps(8, 20)
                .exercise("Farmer's walk", ExerciseKind.WEIGHT_DURATION).timed(30, 0, 40).timed(60, 0, 24)
                .finish(900);
        List<PersonalRecord> records = PersonalRecords.set(now, List.of(before));
        assertEquals(List.of(MOST_REPS, LEAST_ASSISTANCE, HEAVIEST_CARRY, LONGEST_CARRY), kinds(records));
        assertEquals(20.0, only(records, MOST_REPS).value());
        assertEquals(20.0, only(records, LEAST_ASSISTANCE).value());
        assertEquals(30.0, only(records, LEAST_ASSISTANCE).previous());
        assertEquals(40.0, only(records, HEAVIEST_CARRY).value());
        assertEquals(60.0, only(records, LONGEST_CARRY).value());
    }

    @Test
    void warmUpsCountTowardNoRecordAndNoBestSetButDropSetsDo() {
        Workout before = LoggedWorkout.started("a", T0).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(5, 80).finish(600);
        Workout now = LoggedWorkout.started("b", T0 + DAY).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .set(SetType.WARMUP, 5, 90, 0, 0, true).reps(5, 80).set(SetType.DROP, 12, 60, 0, 0, true)
                .finish(600);
        List<PersonalRecord> records = PersonalRecords.set(now, List.of(before));
        assertEquals(List.of(MOST_REPS_AT_WEIGHT, BEST_SET_VOLUME), kinds(records),
                "the 90 kg warm-up is no heaviest");
        assertEquals(12.0, records.get(0).value());
        WorkoutSummary summary = WorkoutSummary.of(now, List.of(before));
        assertEquals(80.0, summary.bestSets().get(0).weight());
        assertEquals(5 * 80 + 12 * 60, summary.volumeKg(), 1e-9, "warm-ups count no volume");
        assertEquals(3, summary.setsDone());
    }

    @Test
    void summaryCountsVolumeByKindAndABestSetPerKind() {
        Workout w = LoggedWorkout.started("a", T0).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(8, 60).reps(8, 62.5).exercise("Dip", ExerciseKind.BODYWEIGHT_REPS).reps(8, 10)
                .exercise("Assisted pull-up", ExerciseKind.ASSISTED).reps(8, 30)
                .exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0).timed(90, 0, 0)
                .exercise("Row erg", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0)
                .set(SetType.NORMAL, 0, 0, 0, 0, false).finish(3600);
        WorkoutSummary summary = WorkoutSummary.of(w, List.of());
        assertEquals(3600, summary.durationSeconds());
        assertEquals(7, summary.setsDone());
        assertEquals(8, summary.setsPlanned());
        assertEquals(8 * 60 + 8 * 62.5 + 8 * 10, summary.volumeKg(), 1e-9);
        List<BestSet> best = summary.bestSets();
        assertEquals(List.of("Bench press", "Dip", "Assisted pull-up", "Plank", "Row erg"),
                best.stream().map(BestSet::exercise).toList());
        assertEquals(62.5, best.get(0).weight());
        assertEquals(Epley.oneRepMax(8, 62.5), best.get(0).estimatedOneRepMax(), 1e-9);
        assertEquals(90, best.get(3).durationSeconds());
        assertEquals(ExerciseKind.DURATION, best.get(3).kind());
        assertEquals(5000.0, best.get(4).distanceMeters());
        assertTrue(summary.records().isEmpty());
    }

    @Test
    void aKindIsItsOwnHistoryEvenUnderTheSameName() {
        Workout timed = LoggedWorkout.started("a", T0).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .finish(300);
        Workout counted = LoggedWorkout.started("b", T0 + DAY).exercise("Plank", ExerciseKind.REPS_ONLY)
                .reps(3, 0).finish(300);
        assertTrue(PersonalRecords.set(counted, List.of(timed)).isEmpty());
    }
}
