package app.spotter.imports;

import app.spotter.history.WeightUnit;
import app.spotter.transfer.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV exported by Strong, in every layout it has written: comma or semicolon separated; weight as
 * {@code Weight} with a {@code Weight Unit} column or the user's unit, or as {@code Weight (kg)} / {@code Weight
 * (lbs)}; distance as {@code Distance} with {@code Distance Unit}, or {@code Distance (meters)} / {@code (km)} /
 * {@code (miles)}; workout duration as {@code Duration} text ({@code 1h 5m}) or {@code Duration (sec)}; with or
 * without {@code Workout #}, {@code RPE}, {@code Notes} and {@code Workout Notes}. Set Order W, D and F are
 * warm-up, drop and failure sets; rest timer rows and rows that cannot be read are listed, never silently dropped.
 */
public final class StrongExport {
    private StrongExport() {
    }

    /**
     * @param unit the user's unit in Strong, for a bare {@code Weight} column and (km or miles) a bare
     *             {@code Distance} column
     * @param utcOffsetMinutes the zone the dates were written in, as minutes ahead of UTC
     */
    public static ImportedFile read(String text, WeightUnit unit, int utcOffsetMinutes) {
        List<Csv.Row> rows = Headers.rows(text);
        Map<String, Integer> columns = Headers.columns(rows.get(0), "Strong", "date", "workout name",
                "exercise name", "set order");
        WorkoutGatherer gatherer = new WorkoutGatherer();
        List<SkippedRow> skipped = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            ExportRow row = new ExportRow(rows.get(r), columns);
            try {
                readRow(row, unit, utcOffsetMinutes, gatherer);
            } catch (RowSkipped e) {
                skipped.add(new SkippedRow(row.line(), e.getMessage()));
            }
        }
        return new ImportedFile("strong", gatherer.workouts(), skipped);
    }

    private static void readRow(ExportRow row, WeightUnit unit, int utcOffsetMinutes, WorkoutGatherer gatherer) {
        String order = row.text("set order");
        if (order.toLowerCase(Locale.ROOT).startsWith("rest")) {
            throw new RowSkipped("a rest timer row, not a set");
        }
        String type = setType(order);
        String date = row.required("date");
        String name = row.required("workout name");
        String exercise = row.required("exercise name");
        long startedAt = ExportDates.parse(date, utcOffsetMinutes);
        Double weight = weightKg(row, unit);
        Integer reps = row.whole("reps");
        Integer seconds = row.whole("seconds");
        Double meters = meters(row, unit);
        seconds = seconds != null && seconds == 0 ? null : seconds;
        meters = meters != null && meters == 0 ? null : meters;
        if (reps != null && reps == 0 && (seconds != null || meters != null)) {
            reps = null;
        }
        if (reps == null && seconds == null && meters == null) {
            throw new RowSkipped("no reps, time or distance recorded");
        }
        if (reps == null && weight != null && weight == 0) {
            weight = null;
        }
        ImportedSet set = new ImportedSet(row.line(), type, weight, reps, seconds, meters, row.rpe("rpe"),
                row.text("notes"));
        // The key the first release derived its ids from, so a file imported then adds nothing twice now.
        gatherer.add(date + "|" + name, new WorkoutGatherer.Header(name, startedAt, durationSeconds(row), row.text("workout notes")),
                exercise, "", "", set);
    }

    private static String setType(String order) {
        String o = order.trim().toUpperCase(Locale.ROOT);
        switch (o) {
            case "W":
                return "warmup";
            case "D":
                return "drop";
            case "F":
                return "failure";
            default:
                if (!o.isEmpty() && o.chars().allMatch(Character::isDigit)) {
                    return "normal";
                }
                throw new RowSkipped("Set Order must be a number, W, D or F, not '" + order + "'");
        }
    }

    private static Double weightKg(ExportRow row, WeightUnit unit) {
        if (row.has("weight (kg)")) {
            return row.decimal("weight (kg)");
        }
        for (String lb : new String[] {"weight (lbs)", "weight (lb)"}) {
            if (row.has(lb)) {
                Double w = row.decimal(lb);
                return w == null ? null : WeightUnit.LB.toKg(w);
            }
        }
        Double w = row.decimal("weight");
        if (w == null) {
            return null;
        }
        String rowUnit = row.text("weight unit");
        try {
            return (rowUnit.isEmpty() ? unit : WeightUnit.parse(rowUnit)).toKg(w);
        } catch (IllegalArgumentException e) {
            throw new RowSkipped("Weight Unit must be kg or lbs, not '" + rowUnit + "'");
        }
    }

    private static Double meters(ExportRow row, WeightUnit unit) {
        String[][] named = {{"distance (meters)", "1"}, {"distance (m)", "1"}, {"distance (km)", "1000"},
                {"distance (miles)", "1609.344"}, {"distance (mi)", "1609.344"}};
        for (String[] n : named) {
            if (row.has(n[0])) {
                Double d = row.decimal(n[0]);
                return d == null ? null : d * Double.parseDouble(n[1]);
            }
        }
        Double d = row.decimal("distance");
        if (d == null) {
            return null;
        }
        String u = row.text("distance unit").toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            u = unit == WeightUnit.LB ? "mi" : "km";
        }
        switch (u) {
            case "km":
                return d * 1000;
            case "m":
                return d;
            case "mi":
            case "miles":
                return d * 1609.344;
            case "ft":
                return d * 0.3048;
            default:
                throw new RowSkipped("Distance Unit must be km, m, mi or ft, not '" + u + "'");
        }
    }

    private static long durationSeconds(ExportRow row) {
        if (row.has("duration (sec)")) {
            Double d = row.decimal("duration (sec)");
            return d == null ? 0 : Math.round(d);
        }
        String text = row.has("duration") ? row.text("duration") : row.text("workout duration");
        return DurationText.seconds(text);
    }
}
