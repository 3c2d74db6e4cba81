package app.spotter.server.transfer;

import app.spotter.imports.ImportPlan;
import app.spotter.imports.SkippedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Adds up the plans of a file read a workout at a time into one {@link CsvImportReader.Result}: counts, names and
 * the date range, never the workouts themselves (those go on to be stored in batches, or counted for a preview).
 */
final class ImportTally {
    private int workouts;
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final Map<String, String> matched = new HashMap<>();
    private final Set<String> created = new LinkedHashSet<>();
    private long first;
    private long last;

    /** Adds one plan; {@code fileLine} turns a line of the plan's rows into a line of the whole file. */
    void add(ImportPlan plan, IntUnaryOperator fileLine) {
        workouts += plan.workouts().size();
        for (SkippedRow row : plan.skipped()) {
            skipped.add(new SkippedRow(fileLine.applyAsInt(row.line()), row.reason()));
        }
        matched.putAll(plan.matched());
        created.addAll(plan.created());
        if (!plan.workouts().isEmpty()) {
            first = first == 0 ? plan.firstStartedAt() : Math.min(first, plan.firstStartedAt());
            last = Math.max(last, plan.lastStartedAt());
        }
    }

    CsvImportReader.Result result() {
        return new CsvImportReader.Result(workouts, skipped, matched, List.copyOf(created), first, last);
    }
}
