package app.spotter.imports;

import java.util.List;

/**
 * What an import stored: templates added and updated, workouts added and those already in the account (logged,
 * discarded or deleted here before), and every row of a CSV that was left out, with its line and reason.
 */
public record ImportReport(int templatesAdded, int templatesUpdated, int workoutsAdded, int workoutsAlreadyThere,
                           List<SkippedRow> skipped) {
    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
