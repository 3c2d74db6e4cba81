package app.spotter.server.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The figures one bench run collects, each with its baseline, ratio and budget, written as a Markdown table. */
final class Results {
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private int failed;

    /** A figure with a baseline measured in the same run; {@code budget} is checked against value or ratio. */
    void add(String what, double value, String unit, String baselineName, double baseline, String budget,
             boolean pass) {
        String ratio = baseline > 0 ? fmt(value / baseline) + "x " + baselineName : baselineName;
        rows.add("| " + what + " | " + fmt(value) + " " + unit + " | " + (baseline > 0 ? fmt(baseline) + " " + unit
                : "") + " | " + ratio + " | " + budget + " | " + (budget.isEmpty() ? "" : pass ? "pass" : "FAIL")
                + " |");
        if (!budget.isEmpty() && !pass) {
            failed++;
        }
        System.out.println(rows.get(rows.size() - 1));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("  note: " + text);
    }

    /** A table of its own under the figures, {@code rows} of cells below a {@code title} and the column names. */
    void table(String title, List<String> columns, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append(" --- |".repeat(columns.size())).append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        tables.add(out.toString());
        System.out.println(out);
    }

    String markdown(String header) {
        StringBuilder out = new StringBuilder(header).append("\n\n");
        out.append("| figure | value | baseline | ratio | budget | result |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        tables.forEach(t -> out.append('\n').append(t));
        out.append("\nBudgets missed: ").append(failed).append('\n');
        return out.toString();
    }

    static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    static double percentile(double[] values, double p) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[Math.min(copy.length - 1, (int) Math.ceil(p * copy.length) - 1)];
    }

    static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.3f", value);
    }
}
