package app.spotter.imports;

import app.spotter.transfer.Csv;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading an export's header row: the column index of each name, and refusing files that are not that export. */
final class Headers {
    private Headers() {
    }

    static List<Csv.Row> rows(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String header = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        List<Csv.Row> rows = Csv.parse(body, delimiter);
        if (rows.isEmpty()) {
            throw refused(1, "the file is empty");
        }
        return rows;
    }

    static Map<String, Integer> columns(Csv.Row header, String app, String... required) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(ExportRow.normalize(header.fields().get(i)), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw refused(header.line(), "this is not a " + app + " export: the column '" + column
                        + "' is missing");
            }
        }
        return columns;
    }

    static ValidationException refused(int line, String problem) {
        return new ValidationException(new FieldError("line " + line, "line " + line + ": " + problem));
    }
}
