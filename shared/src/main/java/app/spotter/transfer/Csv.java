package app.spotter.transfer;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold the delimiter, a quote or a line break; quotes doubled. */
public final class Csv {
    private Csv() {
    }

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A text cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe. */
    public static String asText(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Undoes {@link #asText}, so an exported file imports back to the same names. */
    public static String fromText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** Splits text into rows of fields; line numbers of rows are kept for error messages. */
    public static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, fields, rowLine);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, fields, rowLine);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, List<String> fields, int line) {
        if (!(fields.size() == 1 && fields.get(0).trim().isEmpty())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    /** Quotes a field when it needs it. */
    public static String field(String value, char delimiter) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** One row of a CSV file and the line it starts on. */
    public record Row(int line, List<String> fields) {
    }
}
