package app.spotter.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scale bench's figures in the results: a row per figure and size, then one table of their growth. */
final class ScaleReport {
    private static final String P50 = ": p50 (ms)";
    private static final String P99 = ": p99 (ms)";

    private ScaleReport() {
    }

    /** What one database size measured: per figure (its unit in brackets at the end) its value. */
    record Size(int workouts, Map<String, Double> figures, double healthMillis) {
        String label() {
            return String.format(Locale.ROOT, "%,d", workouts);
        }
    }

    static void write(Results results, List<Size> sizes, double budgetMillis) {
        if (sizes.isEmpty()) {
            return;
        }
        Size first = sizes.get(0);
        for (String figure : first.figures().keySet()) {
            if (figure.endsWith(P50)) {
                continue;
            }
            for (Size size : sizes) {
                double value = size.figures().get(figure);
                String at = " at " + size.label() + " workouts";
                boolean isFirst = size == first;
                if (figure.endsWith(P99)) {
                    String query = figure.substring(0, figure.length() - P99.length());
                    double p50 = size.figures().get(query + P50);
                    results.add(query + at + ": p99 (p50 " + Results.fmt(p50) + " ms)", value, "ms",
                            isFirst ? "GET /api/health p50" : "the same at " + first.label(),
                            isFirst ? size.healthMillis() : first.figures().get(figure),
                            "p99 < " + Results.fmt(budgetMillis) + " ms", value < budgetMillis);
                } else {
                    results.add(name(figure) + at, value, unit(figure), isFirst ? "" : "the same at "
                            + first.label(), isFirst ? 0 : first.figures().get(figure), "", true);
                }
            }
        }
        Size last = sizes.get(sizes.size() - 1);
        List<String> columns = new ArrayList<>(List.of("figure"));
        sizes.forEach(s -> columns.add(s.label() + " workouts"));
        columns.add("growth, " + first.label() + " to " + last.label());
        List<List<String>> rows = new ArrayList<>();
        for (String figure : first.figures().keySet()) {
            List<String> row = new ArrayList<>(List.of(figure));
            sizes.forEach(s -> row.add(Results.fmt(s.figures().get(figure))));
            row.add(Results.fmt(last.figures().get(figure) / first.figures().get(figure)) + "x");
            rows.add(row);
        }
        results.table("Scale: 200 users on SQLite, each workout 30 sets", columns, rows);
    }

    private static String name(String figure) {
        return figure.substring(0, figure.lastIndexOf(" ("));
    }

    private static String unit(String figure) {
        return figure.substring(figure.lastIndexOf(" (") + 2, figure.length() - 1);
    }
}
