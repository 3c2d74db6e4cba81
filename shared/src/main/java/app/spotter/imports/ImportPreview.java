package app.spotter.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
        created = sorted(new LinkedHashSet<>(created));
        skipped = List.copyOf(skipped);
    }

    /** The file's names that were matched, in order (look each up in {@link #matched} for its catalog name). */
    public List<String> matchedNames() {
        return sorted(matched.keySet());
    }

    // A sorted list rather than a TreeMap or TreeSet: those would weigh on the browser bundle.
    private static List<String> sorted(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(String::compareTo);
        return List.copyOf(list);
    }
}
