package app.spotter.client.history;

import app.spotter.client.ui.Plural;
import app.spotter.imports.ImportPreview;
import java.util.ArrayList;
import java.util.List;

/** The import preview in sentences, one a line: what would be stored, matched, created and left out. */
final class ImportPreviewText {
    private static final int NAMES_LISTED = 12;

    private ImportPreviewText() {
    }

    static List<String> lines(ImportPreview preview) {
        List<String> lines = new ArrayList<>();
        int known = preview.workouts() - preview.workoutsNew();
        String workouts = "This file holds " + Plural.of(preview.workouts(), "workout")
                + (preview.workouts() == 0 ? "." : ", from " + day(preview.firstStartedAt()) + " to "
                + day(preview.lastStartedAt()) + ".");
        lines.add(workouts + " " + Plural.of(preview.workoutsNew(), "workout") + " will be added"
                + (known > 0 ? "; " + known + " already here (or deleted here) will be left as they are." : "."));
        if (!preview.matched().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            for (String name : preview.matchedNames()) {
                String exercise = preview.matched().get(name);
                pairs.add(name.equals(exercise) ? name : name + " \u2192 " + exercise);
            }
            lines.add(Plural.of(pairs.size(), "exercise") + " matched to the catalog: " + listed(pairs) + ".");
        }
        if (!preview.created().isEmpty()) {
            lines.add(Plural.of(preview.created().size(), "new custom exercise") + ": "
                    + listed(preview.created()) + ".");
        }
        lines.add(preview.skipped().isEmpty() ? "Every row will be imported."
                : Plural.of(preview.skipped().size(), "row") + " will be left out." + Imports.skippedText(
                preview.skipped()));
        return lines;
    }

    private static String day(long epochMillis) {
        return HistoryText.date(epochMillis).substring(0, 10);
    }

    private static String listed(List<String> names) {
        int shown = Math.min(NAMES_LISTED, names.size());
        String text = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? text + " and " + (names.size() - shown) + " more" : text;
    }
}
