package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * Fractional-indexing position keys: strings over 62 ASCII-ordered digits, compared as plain strings, so an
 * item can always be put between two neighbours without renumbering the others. Keys never end in the lowest
 * digit, which is what keeps a key between any two others available.
 */
public final class PositionKey {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public static final int MAX_CHARS = 100;
    private static final int BASE = DIGITS.length();

    private PositionKey() {
    }

    /** The key of a first item in an empty list. */
    public static String first() {
        return between(null, null);
    }

    /** A key strictly between {@code before} and {@code after}; null stands for the open end. */
    public static String between(String before, String after) {
        if ((before != null && !isValid(before)) || (after != null && !isValid(after))) {
            throw new IllegalArgumentException("not a position key: " + before + " / " + after);
        }
        if (before != null && after != null && before.compareTo(after) >= 0) {
            throw new IllegalArgumentException("position keys out of order: " + before + " >= " + after);
        }
        return midpoint(before == null ? "" : before, after);
    }

    /** {@code n} increasing keys spread evenly over the whole range (the initial order of n items). */
    public static List<String> spread(int n) {
        int width = 1;
        long capacity = BASE;
        while (capacity <= n) {
            width++;
            capacity *= BASE;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long value = (i + 1) * capacity / (n + 1);
            char[] out = new char[width];
            for (int d = width - 1; d >= 0; d--) {
                out[d] = DIGITS.charAt((int) (value % BASE));
                value /= BASE;
            }
            int end = width;
            while (out[end - 1] == '0') {
                end--;
            }
            keys.add(new String(out, 0, end));
        }
        return keys;
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_CHARS || key.charAt(key.length() - 1) == '0') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    // a < b (a may be "", b null for the open end); neither ends in '0'. Greenspan's midpoint without an integer part.
    private static String midpoint(String a, String b) {
        if (b != null) {
            int n = 0;
            while (n < b.length() && (n < a.length() ? a.charAt(n) : '0') == b.charAt(n)) {
                n++;
            }
            if (n > 0) {
                return b.substring(0, n) + midpoint(a.length() > n ? a.substring(n) : "", b.substring(n));
            }
        }
        int low = a.isEmpty() ? 0 : DIGITS.indexOf(a.charAt(0));
        int high = b == null ? BASE : DIGITS.indexOf(b.charAt(0));
        if (high - low > 1) {
            return String.valueOf(DIGITS.charAt((low + high) / 2));
        }
        if (b != null && b.length() > 1) {
            return b.substring(0, 1);
        }
        return DIGITS.charAt(low) + midpoint(a.isEmpty() ? "" : a.substring(1), null);
    }
}
