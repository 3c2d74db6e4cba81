package app.spotter.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindProgressTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;

    @Test
    void weightRepsSeriesIsTopWeightAndOneRepMaxOldestFirstWithoutWarmUps() {
        Workout later = LoggedWorkout.started("b", MONDAY + DAY).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .set(SetType.WARMUP, 3, 100, 0, 0, true).reps(8, 70).finish(600);
        Workout first = LoggedWorkout.started("a", MONDAY).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(8, 60).reps(1, 65).finish(600);
        List<KindProgressPoint> points = Progress.seriesOf("bench press", ExerciseKind.WEIGHT_REPS,
                List.of(later, first));
        assertEquals(List.of(new KindProgressPoint(MONDAY, 65, Epley.oneRepMax(8, 60)),
                new KindProgressPoint(MONDAY + DAY, 70, Epley.oneRepMax(8, 70))), points);
    }

    @Test
    void cardioSeriesIsLongestDistanceAndBestPaceHoldsHaveOneFigure() {
        Workout run = LoggedWorkout.started("a", MONDAY).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .timed(1500, 5000, 0).timed(240, 1000, 0).exercise("Plank", ExerciseKind.DURATION)
                .timed(60, 0, 0).timed(80, 0, 0).finish(3600);
        assertEquals(List.of(new KindProgressPoint(MONDAY, 5000, 240)),
                Progress.seriesOf("Run", ExerciseKind.DISTANCE_DURATION, List.of(run)));
        assertEquals(List.of(new KindProgressPoint(MONDAY, 80, 0)),
                Progress.seriesOf("Plank", ExerciseKind.DURATION, List.of(run)));
        assertEquals(List.of(), Progress.seriesOf("Plank", ExerciseKind.REPS_ONLY, List.of(run)));
    }

    @Test
    void weeklyVolumeCountsEachKindAsTheTableSays() {
        Workout w = LoggedWorkout.started("a", MONDAY + 3_600_000L).exercise("Squat", ExerciseKind.WEIGHT_REPS)
                .reps(5, 100).exercise("Dip", ExerciseKind.BODYWEIGHT_REPS).reps(10, 5)
                .exercise("Carry", ExerciseKind.WEIGHT_DURATION).timed(60, 0, 40).finish(1800);
        assertEquals(Map.of(MONDAY, 550.0), Progress.weeklyVolumeKg(List.of(w), 0));
    }
}
