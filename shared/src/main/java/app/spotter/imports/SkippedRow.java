package app.spotter.imports;

/** A row of an import file that was not imported, and why, for the import report. */
public record SkippedRow(int line, String reason) {
}
