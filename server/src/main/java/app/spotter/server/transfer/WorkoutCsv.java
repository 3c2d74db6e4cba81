package app.spotter.server.transfer;

import app.spotter.transfer.CivilTime;
import app.spotter.transfer.Csv;
import app.spotter.transfer.CsvExport;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.List;

/**
 * The workout log as CSV in Strong's layout, one row per done set of model 2, each kind in the columns Strong uses
 * for it (weight and reps; seconds for holds; distance in metres and seconds for cardio), warm-up, drop and
 * failure sets as Set Order W, D and F, RPE when recorded. The Strong import reads it back. A cell that starts
 * like a formula gets a leading apostrophe, so a spreadsheet shows it as text.
 */
final class WorkoutCsv {
    static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight (kg),Reps,Distance (meters),Seconds,"
            + "Notes,Workout Notes,RPE";

    private WorkoutCsv() {
    }

    static String write(List<Workout> workouts, int utcOffsetMinutes) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Workout workout : workouts) {
            String head = CivilTime.format(workout.startedAt(), utcOffsetMinutes) + ',' + text(workout.nameValue())
                    + ',' + CsvExport.duration(workout.durationSeconds()) + ',';
            String workoutNote = text(workout.noteValue());
            for (WorkoutExercise exercise : workout.visibleExercises()) {
                int order = 0;
                for (WorkoutSet set : exercise.visibleSets()) {
                    if (!set.isDone()) {
                        continue;
                    }
                    String setOrder = set.typeValue() == SetType.NORMAL ? String.valueOf(++order)
                            : marker(set.typeValue());
                    out.append(head).append(text(exercise.nameValue())).append(',').append(setOrder).append(',');
                    values(out, exercise.kind(), set);
                    out.append(',').append(workoutNote).append(',')
                            .append(set.rpeValue() > 0 ? CsvExport.number(set.rpeValue()) : "").append('\n');
                }
            }
        }
        return out.toString();
    }

    // Weight,Reps,Distance,Seconds,Notes: what this kind records, blank for the rest.
    private static void values(StringBuilder out, ExerciseKind kind, WorkoutSet set) {
        out.append(kind.takesWeight() ? CsvExport.number(set.weightValue()) : "").append(',')
                .append(kind.takesReps() ? String.valueOf(set.repsValue()) : "").append(',')
                .append(kind.takesDistance() ? CsvExport.number(set.distanceValue()) : "").append(',')
                .append(kind.takesDuration() ? String.valueOf(set.durationValue()) : "").append(',');
    }

    private static String marker(SetType type) {
        switch (type) {
            case WARMUP:
                return "W";
            case DROP:
                return "D";
            default:
                return "F";
        }
    }

    private static String text(String value) {
        return Csv.field(Csv.asText(value), ',');
    }
}
