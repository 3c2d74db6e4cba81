package app.spotter.imports;

import java.util.List;

/**
 * What an import stored: templates added and updated, workouts added and those already in the account (logged,
 * discarded or deleted here before), every row of a CSV that was left out, with its line and reason, and the
 * exercise names the import added as custom exercises (neither the catalog nor the user knew them).
 */
public record ImportReport(int templatesAdded, int templatesUpdated, int workoutsAdded, int workoutsAlreadyThere,
                           List<SkippedRow> skipped, List<String> created) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        created = List.copyOf(created);
    }

    /** An import that added no custom exercise (a Spotter file names only exercises it knows). */
    public ImportReport(int templatesAdded, int templatesUpdated, int workoutsAdded, int workoutsAlreadyThere,
                        List<SkippedRow> skipped) {
        this(templatesAdded, templatesUpdated, workoutsAdded, workoutsAlreadyThere, skipped, List.of());
    }
}
