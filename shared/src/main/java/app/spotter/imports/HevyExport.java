package app.spotter.imports;

import app.spotter.history.WeightUnit;
import app.spotter.transfer.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Hevy's workout CSV export: one row per set with the workout's title, start and end time and
 * description, the exercise's title, superset id and notes, and the set's index, type, weight (kg or lbs), reps,
 * distance (km or miles), duration and RPE. Rows that cannot be read are listed with their reason.
 */
public final class HevyExport {
    private HevyExport() {
    }

    public static ImportedFile read(String text, int utcOffsetMinutes) {
        List<Csv.Row> rows = Headers.rows(text);
        Map<String, Integer> columns = Headers.columns(rows.get(0), "Hevy", "title", "start_time",
                "exercise_title", "set_type");
        WorkoutGatherer gatherer = new WorkoutGatherer();
        List<SkippedRow> skipped = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            ExportRow row = new ExportRow(rows.get(r), columns);
            try {
                readRow(row, utcOffsetMinutes, gatherer);
            } catch (RowSkipped e) {
                skipped.add(new SkippedRow(row.line(), e.getMessage()));
            }
        }
        return new ImportedFile("hevy", gatherer.workouts(), skipped);
    }

    private static void readRow(ExportRow row, int utcOffsetMinutes, WorkoutGatherer gatherer) {
        String title = row.required("title");
        String start = row.required("start_time");
        String exercise = row.required("exercise_title");
        long startedAt = ExportDates.parse(start, utcOffsetMinutes);
        String end = row.text("end_time");
        long duration = end.isEmpty() ? 0 : Math.max(0, (ExportDates.parse(end, utcOffsetMinutes) - startedAt) / 1000);
        Double weight = row.has("weight_kg") ? row.decimal("weight_kg") : lbToKg(row.decimal("weight_lbs"));
        Double meters = row.has("distance_km") ? times(row.decimal("distance_km"), 1000)
                : times(row.decimal("distance_miles"), 1609.344);
        Integer seconds = row.whole("duration_seconds");
        Integer reps = row.whole("reps");
        seconds = seconds != null && seconds == 0 ? null : seconds;
        meters = meters != null && meters == 0 ? null : meters;
        if (reps == null && seconds == null && meters == null) {
            throw new RowSkipped("no reps, time or distance recorded");
        }
        ImportedSet set = new ImportedSet(row.line(), setType(row.text("set_type")), weight, reps, seconds, meters,
                row.rpe("rpe"), "");
        gatherer.add(title + "|" + start, new WorkoutGatherer.Header(title, startedAt, duration,
                row.text("description")), exercise, row.text("superset_id"), row.text("exercise_notes"), set);
    }

    private static String setType(String type) {
        switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "":
            case "normal":
                return "normal";
            case "warmup":
            case "warm_up":
            case "warm-up":
                return "warmup";
            case "dropset":
            case "drop_set":
            case "drop":
                return "drop";
            case "failure":
                return "failure";
            default:
                throw new RowSkipped("set_type must be normal, warmup, dropset or failure, not '" + type + "'");
        }
    }

    private static Double lbToKg(Double lb) {
        return lb == null ? null : WeightUnit.LB.toKg(lb);
    }

    private static Double times(Double value, double factor) {
        return value == null ? null : value * factor;
    }
}
