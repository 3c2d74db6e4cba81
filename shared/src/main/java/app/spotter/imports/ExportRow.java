package app.spotter.imports;

import app.spotter.transfer.Csv;
import app.spotter.validation.TypedNumber;
import java.util.Locale;
import java.util.Map;

/** The fields of one CSV row by column name (names lower-cased and trimmed), read as the export apps write them. */
final class ExportRow {
    private final Csv.Row row;
    private final Map<String, Integer> columns;

    ExportRow(Csv.Row row, Map<String, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    int line() {
        return row.line();
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell, trimmed, with the apostrophe Spotter's own CSV export puts before a formula-like cell removed. */
    String text(String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size() ? ""
                : Csv.fromText(row.fields().get(index).trim()).trim();
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw new RowSkipped("'" + column + "' is empty");
        }
        return value;
    }

    /** A number of at least zero, with a point or a comma as the decimal mark; null when the field is empty. */
    Double decimal(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        Double d = TypedNumber.decimal(value);
        if (d == null || d < 0) {
            throw new RowSkipped("'" + column + "' must be a number of 0 or more, not '" + value + "'");
        }
        return d;
    }

    /** A whole number of at least zero; null when empty. */
    Integer whole(String column) {
        Double d = decimal(column);
        if (d == null) {
            return null;
        }
        if (d != Math.floor(d) || d > Integer.MAX_VALUE) {
            throw new RowSkipped("'" + column + "' must be a whole number, not '" + text(column) + "'");
        }
        return (int) (double) d;
    }

    /** An RPE: 6 to 10 in steps of 0.5; null when empty (Strong and Hevy leave it empty when none was given). */
    Double rpe(String column) {
        Double d = decimal(column);
        if (d == null || d == 0) {
            return null;
        }
        if (d < 6 || d > 10 || d * 2 != Math.floor(d * 2)) {
            throw new RowSkipped("'" + column + "' must be an RPE from 6 to 10 in steps of 0.5, not '"
                    + text(column) + "'");
        }
        return d;
    }

    static String normalize(String header) {
        String h = header.trim();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1).trim();
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
