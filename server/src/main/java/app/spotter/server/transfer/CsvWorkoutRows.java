package app.spotter.server.transfer;

import app.spotter.server.http.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a workout CSV as its characters arrive, grouped by workout (its format's start and name columns): a
 * quoted field may hold line breaks, so rows end only at a break outside quotes. Each group remembers where its
 * rows were in the file.
 */
final class CsvWorkoutRows {
    private final CsvImportFormat format;
    private final StringBuilder record = new StringBuilder();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private String header;
    private char delimiter = ',';
    private int dateColumn = -1;
    private int nameColumn = -1;
    private boolean quoted;
    private int line = 1;
    private int recordLine = 1;
    private char pendingHigh;

    CsvWorkoutRows(CsvImportFormat format) {
        this.format = format;
    }

    /** One workout's rows and, for each, its first line in the file. */
    static final class Group {
        private StringBuilder text = new StringBuilder();
        private final List<int[]> starts = new ArrayList<>();
        private int chunkLine = 2;

        void add(String row, int fileLine, int lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(row);
            starts.add(new int[] {chunkLine, fileLine});
            chunkLine += lines;
        }

        String text() {
            return text.toString();
        }

        void release() {
            text = new StringBuilder();
        }

        /** The file's line for a line of this group's own small file (header first). */
        int fileLine(int lineInGroup) {
            int[] at = starts.get(0);
            for (int[] start : starts) {
                if (start[0] <= lineInGroup) {
                    at = start;
                }
            }
            return at[1] + (lineInGroup - at[0]);
        }
    }

    void put(char c) {
        checkSurrogates(c);
        if (c == '"') {
            quoted = !quoted;
        }
        if (c == '\n') {
            line++;
            if (!quoted) {
                endRecord();
                recordLine = line;
                return;
            }
        }
        record.append(c);
    }

    void finish() {
        if (pendingHigh != 0) {
            throw lone();
        }
        endRecord();
        if (header == null) {
            header = "";
        }
    }

    String header() {
        return header;
    }

    Collection<Group> groups() {
        return groups.values();
    }

    private void endRecord() {
        String row = record.toString();
        record.setLength(0);
        if (header == null) {
            header = row.startsWith("\uFEFF") ? row.substring(1) : row;
            delimiter = header.indexOf(';') >= 0 ? ';' : ',';
            List<String> names = CsvImportReader.fields(header, delimiter);
            for (int i = 0; i < names.size(); i++) {
                String name = CsvImportReader.lower(names.get(i));
                dateColumn = name.equals(format.whenColumn()) ? i : dateColumn;
                nameColumn = name.equals(format.nameColumn()) ? i : nameColumn;
            }
            return;
        }
        if (row.isBlank()) {
            return;
        }
        List<String> fields = CsvImportReader.fields(row, delimiter);
        String key = field(fields, dateColumn) + "|" + field(fields, nameColumn);
        int lines = line - recordLine;
        groups.computeIfAbsent(key, k -> new Group()).add(row, recordLine, Math.max(1, lines));
    }

    private static String field(List<String> fields, int column) {
        return column >= 0 && column < fields.size() ? fields.get(column).trim() : "";
    }

    private void checkSurrogates(char c) {
        if (pendingHigh != 0) {
            if (!Character.isLowSurrogate(c)) {
                throw lone();
            }
            pendingHigh = 0;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            throw lone();
        }
    }

    private ApiException lone() {
        return ApiException.invalid("csv", "line " + line + ": text must not contain half of a surrogate pair");
    }
}
