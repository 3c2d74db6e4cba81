package app.spotter.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What importing a file would store, shown before anything is: how many workouts it holds and how many of them
 * are new to this account, their date range (epoch ms; 0 when there is none), the file's exercise names matched to
 * catalog exercises (file name to catalog name) and those that would become custom exercises (both sorted), and
 * every row that would be left out with its line and reason.
 */
public record ImportPreview(int workouts, int workoutsNew, long firstStartedAt, long lastStartedAt,
                            Map<String, String> matched, List<String> created, List<SkippedRow> skipped) {
    public ImportPreview {
        matched = Map.copyOf(matched);
        created = List.copyOf(new TreeSet<>(created));
        skipped = List.copyOf(skipped);
    }

    /** The file's names in order, each with the catalog name it was matched to. */
    public Map<String, String> matchedInOrder() {
        return new TreeMap<>(matched);
    }
}
