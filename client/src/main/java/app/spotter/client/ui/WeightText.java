package app.spotter.client.ui;

import app.spotter.history.WeightUnit;

/** Weights shown to the user: stored kilograms converted to their unit at the edge, by hand (no String.format). */
public final class WeightText {
    private WeightText() {
    }

    /** The number only, to a tenth without a trailing ".0": 60, 132.3. */
    public static String number(double kg, WeightUnit unit) {
        long tenths = Math.round(unit.fromKg(kg) * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
    }

    /** The number and the unit: "60 kg", "132.3 lb". */
    public static String of(double kg, WeightUnit unit) {
        return number(kg, unit) + " " + unit.label();
    }

    /** A large total (volume) rounded to a whole number in the unit, thousands apart: "12 345 kg". */
    public static String total(double kg, WeightUnit unit) {
        return totalNumber(kg, unit) + " " + unit.label();
    }

    /** {@link #total} without the unit, for a label that names it. */
    public static String totalNumber(double kg, WeightUnit unit) {
        String digits = Long.toString(Math.round(Math.abs(unit.fromKg(kg))));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u2009');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
