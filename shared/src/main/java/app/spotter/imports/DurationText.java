package app.spotter.imports;

import java.util.Locale;

/** Strong's workout duration text: {@code 1h 5m}, {@code 45m}, {@code 30s}; a bare number is seconds. */
final class DurationText {
    private DurationText() {
    }

    static long seconds(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return 0;
        }
        long seconds = 0;
        long number = -1;
        boolean unitSeen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
            } else if ((c == 'h' || c == 'm' || c == 's') && number >= 0) {
                seconds += number * (c == 'h' ? 3600 : c == 'm' ? 60 : 1);
                number = -1;
                unitSeen = true;
            } else if (c != ' ') {
                throw new RowSkipped("the duration '" + text + "' does not look like 1h 5m");
            }
        }
        if (number >= 0) {
            if (unitSeen) {
                throw new RowSkipped("the duration '" + text + "' does not look like 1h 5m");
            }
            return number;
        }
        return seconds;
    }
}
