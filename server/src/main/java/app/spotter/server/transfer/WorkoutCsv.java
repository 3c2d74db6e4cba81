package app.spotter.server.transfer;

import app.spotter.history.WeightUnit;
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
 * failure sets as Set Order W, D and F, RPE when recorded. Weights are in the user's unit: {@code Weight (kg)} as
 * stored, or {@code Weight (lbs)} to a tenth as the app shows pounds, which gives back exactly what was typed in
 * pounds (stored to the gram) when the Strong import reads it. A cell that starts like a formula gets a leading
 * apostrophe, so a spreadsheet shows it as text.
 */
final class WorkoutCsv {
    private WorkoutCsv() {
    }

    static String header(WeightUnit unit) {
        return "Date,Workout Name,Duration,Exercise Name,Set Order,Weight (" + (unit == WeightUnit.KG ? "kg" : "lbs")
                + "),Reps,Distance (meters),Seconds,Notes,Workout Notes,RPE";
    }

    static String write(List<Workout> workouts, int utcOffsetMinutes, WeightUnit unit) {
        StringBuilder out = new StringBuilder(header(unit)).append('\n');
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
                    values(out, exercise.kind(), set, unit);
                    out.append(',').append(workoutNote).append(',')
                            .append(set.rpeValue() > 0 ? CsvExport.number(set.rpeValue()) : "").append('\n');
                }
            }
        }
        return out.toString();
    }

    // Weight,Reps,Distance,Seconds,Notes: what this kind records, blank for the rest.
    private static void values(StringBuilder out, ExerciseKind kind, WorkoutSet set, WeightUnit unit) {
        out.append(kind.takesWeight() ? CsvExport.number(weight(set.weightValue(), unit)) : "").append(',')
                .append(kind.takesReps() ? String.valueOf(set.repsValue()) : "").append(',')
                .append(kind.takesDistance() ? CsvExport.number(set.distanceValue()) : "").append(',')
                .append(kind.takesDuration() ? String.valueOf(set.durationValue()) : "").append(',');
    }

    // Kilograms exactly as stored; pounds rounded as every screen rounds them (WeightUnit.fromKg).
    private static double weight(double kg, WeightUnit unit) {
        return unit == WeightUnit.KG ? kg : unit.fromKg(kg);
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
