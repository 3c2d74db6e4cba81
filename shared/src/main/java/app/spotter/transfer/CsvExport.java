package app.spotter.transfer;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import java.util.List;

/**
 * The workout log as CSV, one row per done set, in Strong's comma-separated layout (weights in kg), so that
 * spreadsheets and the trackers that import Strong files read it, and Spotter's own Strong import reads it back.
 * A name that starts like a formula is written with a leading apostrophe, so a spreadsheet shows it as text.
 */
public final class CsvExport {
    static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
            + "Notes,Workout Notes,RPE";

    private CsvExport() {
    }

    /**
     * Schema-1 sessions as CSV. The server writes model 2 ({@code WorkoutCsv}, with these formats); this writer
     * stays because tests make Strong-layout fixtures with it.
     */
    public static String write(List<WorkoutSession> workouts, int utcOffsetMinutes) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (WorkoutSession workout : workouts) {
            String date = CivilTime.format(workout.startedAt(), utcOffsetMinutes);
            String name = Csv.field(Csv.asText(workout.name()), ',');
            String duration = duration(workout.durationSeconds());
            for (SessionExercise exercise : workout.exercises()) {
                int order = 0;
                for (SetEntry set : exercise.sets()) {
                    if (!set.done()) {
                        continue;
                    }
                    out.append(date).append(',').append(name).append(',').append(duration).append(',')
                            .append(Csv.field(Csv.asText(exercise.name()), ',')).append(',').append(++order).append(',')
                            .append(number(set.weight())).append(',').append(set.reps()).append(",,,,,\n");
                }
            }
        }
        return out.toString();
    }

    /** A workout's duration as Strong writes it: {@code 1h 5m}, {@code 45m}, {@code 30s}. */
    public static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return (h > 0 ? h + "h " : "") + (m > 0 || h > 0 ? m + "m" : s + "s");
    }

    /** A number without a trailing {@code .0} when it is whole. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
