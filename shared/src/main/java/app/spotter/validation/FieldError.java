package app.spotter.validation;

/** A problem with one field of a document, phrased so a user can act on it. {@code field} is a path such as
 * {@code exercises[0].sets[1].reps}, or empty when the document as a whole is at fault. */
public record FieldError(String field, String message) {
    public FieldError {
        field = field == null ? "" : field;
    }

    public static FieldError whole(String message) {
        return new FieldError("", message);
    }
}
