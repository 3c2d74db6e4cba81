package app.spotter.imports;

/** Thrown while reading one row that cannot be imported; the reader lists the row and goes on with the next. */
final class RowSkipped extends RuntimeException {
    RowSkipped(String reason) {
        super(reason, null, false, false);
    }
}
