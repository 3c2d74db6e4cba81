package app.spotter.imports;

import app.spotter.workout.Workout;
import java.util.List;
import java.util.Map;

/**
 * What an import will store, for the preview and the report: the finished workouts, the names from the file
 * matched to catalog exercises (file name -> catalog name), the names that become custom exercises, every row
 * left out with its reason, and the date range (epoch ms; 0 when there is no workout).
 */
public record ImportPlan(List<Workout> workouts, Map<String, String> matched, List<String> created,
                         List<SkippedRow> skipped, long firstStartedAt, long lastStartedAt) {
    public ImportPlan {
        workouts = List.copyOf(workouts);
        matched = Map.copyOf(matched);
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }
}
