package app.spotter.validation;

import java.util.List;

/** Thrown when a document is refused; carries every field error found (at least one). */
public final class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid" : errors.get(0).message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public FieldError first() {
        return errors.get(0);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
