package app.spotter.plates;

import app.spotter.text.DecimalParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The plate inventory as a user types it in Settings: sizes and pairs, "25x4, 20x2, 1.25x2" (a size alone means one
 * pair). Parsed by hand: no regex or String.split in shared/ (they bloat the browser bundle).
 */
public final class PlateInventoryText {
    private PlateInventoryText() {
    }

    public static String write(List<Plate> plates) {
        StringBuilder out = new StringBuilder();
        for (Plate plate : plates) {
            out.append(out.length() == 0 ? "" : ", ").append(number(plate.weight())).append('x').append(plate.pairs());
        }
        return out.toString();
    }

    /** The plates typed; throws IllegalArgumentException with a sentence a user can act on. */
    public static List<Plate> parse(String text) {
        List<Plate> plates = new ArrayList<>();
        String rest = text == null ? "" : text;
        int start = 0;
        while (start <= rest.length()) {
            int comma = rest.indexOf(',', start);
            int end = comma < 0 ? rest.length() : comma;
            String item = rest.substring(start, end).trim();
            if (!item.isEmpty()) {
                plates.add(item(item));
            }
            start = end + 1;
        }
        if (plates.isEmpty()) {
            throw new IllegalArgumentException("List at least one plate, e.g. 20x2, 10x2");
        }
        return plates;
    }

    private static Plate item(String item) {
        String lower = item.toLowerCase();
        int x = lower.indexOf('x');
        if (x < 0) {
            x = lower.indexOf('\u00d7');
        }
        String weight = (x < 0 ? lower : lower.substring(0, x)).trim();
        String pairs = x < 0 ? "1" : lower.substring(x + 1).trim();
        try {
            return new Plate(DecimalParser.parse(weight), Integer.parseInt(pairs));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("\u201c" + item + "\u201d is not a plate: write its weight x pairs, "
                    + "e.g. 20x2");
        } catch (IllegalArgumentException outOfRange) {
            throw new IllegalArgumentException("\u201c" + item + "\u201d: " + outOfRange.getMessage());
        }
    }

    /** 25, 2.5, 1.25: no trailing zeros. */
    public static String number(double value) {
        long hundredths = Math.round(value * 100);
        String whole = Long.toString(hundredths / 100);
        long cents = hundredths % 100;
        if (cents == 0) {
            return whole;
        }
        return whole + "." + (cents % 10 == 0 ? Long.toString(cents / 10) : (cents < 10 ? "0" : "") + cents);
    }
}
