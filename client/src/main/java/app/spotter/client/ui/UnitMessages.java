package app.spotter.client.ui;

import app.spotter.history.WeightUnit;
import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;

/**
 * Messages of the shared validation (and the server's, which are the same) as a user of {@code unit} reads them: a
 * weight limit in their unit ("Weight must be between 0 and 4409 lb") rather than the kilograms documents carry.
 */
public final class UnitMessages {
    private UnitMessages() {
    }

    public static String inUnit(String message, WeightUnit unit) {
        if (unit != WeightUnit.KG && Checks.weightOutOfRange(WeightUnit.KG).equals(message)) {
            return Checks.weightOutOfRange(unit);
        }
        return message;
    }

    public static FieldError inUnit(FieldError error, WeightUnit unit) {
        String message = inUnit(error.message(), unit);
        return message.equals(error.message()) ? error : new FieldError(error.field(), message);
    }
}
