package app.spotter.validation;

import app.spotter.text.DecimalParser;

/**
 * The one reader of numbers a person typed (the template editor, the player, settings, plate lists, imported
 * files), and their writer back into a text box. Kept strict on purpose: only digits with at most one decimal
 * point or comma (phones in many locales offer only a comma), so nothing like "1e3", "NaN" or "0x10" sneaks
 * through in one place and is refused in another.
 */
public final class TypedNumber {
    // More digits than this cannot be a sensible rep count or rest time; the value is pinned so range checks fire.
    private static final int WHOLE_DIGITS_MAX = 9;

    private TypedNumber() {
    }

    /** The number in {@code text} ("62.5", "62,5", " 60 ", "-5"), or null when it is not one. */
    public static Double decimal(String text) {
        String t = text == null ? "" : text.trim();
        int start = t.startsWith("-") ? 1 : 0;
        int digits = 0;
        int separators = 0;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' || c == ',') {
                separators++;
            } else {
                return null;
            }
        }
        if (digits == 0 || separators > 1) {
            return null;
        }
        return DecimalParser.parse(t.replace(',', '.'));
    }

    /** The whole number in {@code text}, or null when it is not one. Huge values come back pinned to the int range. */
    public static Integer whole(String text) {
        String t = text == null ? "" : text.trim();
        boolean negative = t.startsWith("-");
        String digits = negative ? t.substring(1) : t;
        if (digits.isEmpty()) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        if (digits.length() > WHOLE_DIGITS_MAX) {
            return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        int value = Integer.parseInt(digits);
        return negative ? -value : value;
    }

    /** A weight as a person writes it: "60" rather than "60.0", "62.5" as it is. */
    public static String decimalText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
