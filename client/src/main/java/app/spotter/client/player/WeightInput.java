package app.spotter.client.player;

import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;
import app.spotter.text.DecimalParser;

/**
 * The weight box of a set in the user's unit. The session keeps kilograms; the box shows the unit, and what is
 * typed goes back to kilograms before {@link PlayerActions#editSet} sees it, so that code does not change.
 */
final class WeightInput {
    private WeightInput() {
    }

    /** What the box shows for a stored weight: kilograms exactly as stored, pounds to a tenth. */
    static String shown(double kg, WeightUnit unit) {
        return unit == WeightUnit.KG ? Numbers.kg(kg) : WeightText.number(kg, unit);
    }

    /**
     * The typed text as kilogram text. Untouched text gives back the stored weight exactly (a rounded pound
     * value must not move it); text that is not a number is passed on as typed, for editSet's own message.
     */
    static String toKgText(String typed, double storedKg, WeightUnit unit) {
        if (unit == WeightUnit.KG || typed.equals(shown(storedKg, unit))) {
            return unit == WeightUnit.KG ? typed : Numbers.kg(storedKg);
        }
        try {
            return Numbers.kg(unit.toKg(DecimalParser.parse(typed.trim().replace(',', '.'))));
        } catch (NumberFormatException notANumber) {
            return typed;
        }
    }
}
