package app.spotter.history;

import app.spotter.workout.ExerciseKind;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The series the progress charts draw: per exercise over time, and training volume per week. */
public final class Progress {
    private static final long DAY = 86_400_000L;
    private static final long WEEK = 7 * DAY;
    /** 1970-01-01 was a Thursday; weeks start on Monday, 3 days earlier. */
    private static final long MONDAY_OFFSET = 3 * DAY;

    private Progress() {
    }

    /**
     * The series of one exercise (name ignoring case, and kind) over workouts: per workout with a set that
     * counts, the best of the kind's first and second figures ({@link KindMeasures}), oldest first.
     */
    public static List<KindProgressPoint> seriesOf(String exercise, ExerciseKind kind, List<Workout> workouts) {
        PersonalRecord.Kind first = KindMeasures.primary(kind);
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        List<KindProgressPoint> points = new ArrayList<>();
        for (Workout workout : workouts) {
            double top = Double.NaN;
            double other = Double.NaN;
            for (WorkoutExercise ex : workout.visibleExercises()) {
                if (ex.kind() != kind || !ex.nameValue().equalsIgnoreCase(exercise)) {
                    continue;
                }
                for (DoneSet set : PersonalRecords.doneSets(ex)) {
                    top = KindMeasures.better(first, top, KindMeasures.measure(first, set));
                    if (second != null) {
                        other = KindMeasures.better(second, other, KindMeasures.measure(second, set));
                    }
                }
            }
            if (!Double.isNaN(top)) {
                points.add(new KindProgressPoint(workout.startedAt(), top, Double.isNaN(other) ? 0 : other));
            }
        }
        points.sort((a, b) -> Long.compare(a.startedAt(), b.startedAt()));
        return points;
    }

    /**
     * Volume (kg, as each kind counts it) per week, keyed by the epoch millisecond at which the week starts (Monday
     * 00:00 in the user's zone, given as its offset from UTC in minutes), oldest first.
     */
    public static Map<Long, Double> weeklyVolumeKg(List<Workout> workouts, int utcOffsetMinutes) {
        Map<Long, Double> weeks = new TreeMap<>();
        for (Workout workout : workouts) {
            weeks.merge(weekStart(workout.startedAt(), utcOffsetMinutes), workout.volumeKg(), Double::sum);
        }
        return weeks;
    }

    /** The epoch ms at which the week of {@code at} starts: Monday 00:00 in the user's zone. */
    public static long weekStart(long at, int utcOffsetMinutes) {
        long shift = weekShift(utcOffsetMinutes);
        return Math.floorDiv(at + shift, WEEK) * WEEK - shift;
    }

    /**
     * Weeks are counted from 1970's first Monday in the user's zone: {@code (at + shift) / WEEK_MILLIS} numbers a
     * time's week (the server groups by it in SQL), and {@code week * WEEK_MILLIS - shift} is that week's start.
     */
    public static long weekShift(int utcOffsetMinutes) {
        return utcOffsetMinutes * 60_000L + MONDAY_OFFSET;
    }

    public static final long WEEK_MILLIS = WEEK;
}
