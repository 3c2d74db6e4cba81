package app.spotter.text;

/**
 * Reads a decimal number ("62.5", "-0.25", "1.0E7") to the nearest double, as {@link Double#parseDouble} does for
 * such text. Why not that method: in the browser TeaVM implements it with two tables of 64-bit constants that were
 * about a seventh of the gzipped bundle. Numbers of up to 15 digits with a small exponent (every weight, distance
 * and time a user types or the app writes) are one exact division or multiplication; anything longer is rounded
 * exactly by comparing with the neighbouring doubles' halfway points in whole numbers ({@link Natural}).
 *
 * <p>Stricter than {@code Double.parseDouble} on purpose: "NaN", "Infinity", hexadecimal and a trailing "d" or "f"
 * are refused with {@link NumberFormatException}; spaces around the number are allowed, as there.
 */
public final class DecimalParser {
    // 10^0 .. 10^22 are exact doubles; with a mantissa below 2^53, one operation on them rounds correctly.
    private static final double[] EXACT_POWERS = new double[23];
    private static final long EXACT_MANTISSA_LIMIT = 1L << 53;
    // A decimal exponent past these makes any digit string infinite or zero (with a margin for the digit count).
    private static final int EXPONENT_LIMIT = 400;
    private static final int DIGITS_LIMIT = 800;

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    public static double parse(String text) {
        String t = text.trim();
        int at = 0;
        boolean negative = false;
        if (at < t.length() && (t.charAt(at) == '-' || t.charAt(at) == '+')) {
            negative = t.charAt(at) == '-';
            at++;
        }
        StringBuilder significant = new StringBuilder();
        int pointShift = 0;
        int digitCount = 0;
        boolean point = false;
        for (; at < t.length(); at++) {
            char c = t.charAt(at);
            if (c >= '0' && c <= '9') {
                digitCount++;
                if (point) {
                    pointShift--;
                }
                if (c != '0' || significant.length() > 0) {
                    significant.append(c);
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digitCount == 0) {
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        int exponent = 0;
        if (at < t.length() && (t.charAt(at) == 'e' || t.charAt(at) == 'E')) {
            at++;
            exponent = exponent(t, at, text);
            at = t.length();
        }
        if (at != t.length()) {
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        double magnitude = magnitude(significant, exponent + pointShift);
        return negative ? -magnitude : magnitude;
    }

    private static int exponent(String t, int from, String text) {
        int at = from;
        boolean negative = false;
        if (at < t.length() && (t.charAt(at) == '-' || t.charAt(at) == '+')) {
            negative = t.charAt(at) == '-';
            at++;
        }
        if (at == t.length()) {
            throw new NumberFormatException("no digits in the exponent: \"" + text + "\"");
        }
        int value = 0;
        for (; at < t.length(); at++) {
            char c = t.charAt(at);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a number: \"" + text + "\"");
            }
            value = Math.min(value * 10 + (c - '0'), 100_000);
        }
        return negative ? -value : value;
    }

    /** digits x 10^exponent, where digits has no leading zeros (empty for zero). */
    private static double magnitude(StringBuilder digits, int exponent) {
        int n = digits.length();
        // Trailing zeros move into the exponent, so "60.000" and "6E1" take the fast path alike.
        while (n > 0 && digits.charAt(n - 1) == '0') {
            n--;
            exponent++;
        }
        if (n == 0) {
            return 0.0;
        }
        if (n + exponent > EXPONENT_LIMIT) {
            return Double.POSITIVE_INFINITY;
        }
        if (n + exponent < -EXPONENT_LIMIT) {
            return 0.0;
        }
        if (n <= 15) {
            long mantissa = Long.parseLong(digits.substring(0, n));
            if (mantissa < EXACT_MANTISSA_LIMIT && exponent >= -22 && exponent <= 22) {
                return exponent < 0 ? mantissa / EXACT_POWERS[-exponent] : mantissa * EXACT_POWERS[exponent];
            }
        }
        boolean sticky = false;
        if (n > DIGITS_LIMIT) {
            // Digits this far below the leading ones cannot move the result beyond "some nonzero digit follows".
            exponent += n - DIGITS_LIMIT;
            n = DIGITS_LIMIT;
            sticky = true;
        }
        return exact(digits, n, exponent, sticky);
    }

    /**
     * The double nearest to digits[0, n) x 10^exponent (ties to even); sticky: nonzero digits were cut off below it.
     * An estimate from the leading digits is a few units in the last place off at most; each step compares the
     * exact value with the halfway points to the neighbouring doubles and moves to the nearer neighbour.
     */
    private static double exact(CharSequence digits, int n, int exponent, boolean sticky) {
        int lead = Math.min(n, 18);
        double x = estimate(Long.parseLong(digits.subSequence(0, lead).toString()), exponent + n - lead);
        Natural value = Natural.ofDigits(digits, 0, n);
        while (true) {
            long bits = Double.doubleToRawLongBits(x);
            int biased = (int) (bits >>> 52);
            long mantissa = biased == 0 ? bits : (bits & ((1L << 52) - 1)) | (1L << 52);
            int binary = biased == 0 ? -1074 : biased - 1075;
            boolean odd = (mantissa & 1) == 1;
            // Halfway up: (2m + 1) x 2^(k - 1).
            int up = compare(value, exponent, sticky, 2 * mantissa + 1, binary - 1);
            if (up > 0 || (up == 0 && odd)) {
                if (bits == Double.doubleToRawLongBits(Double.MAX_VALUE)) {
                    return Double.POSITIVE_INFINITY;
                }
                x = Double.longBitsToDouble(bits + 1);
                continue;
            }
            if (bits == 0) {
                return x;
            }
            // Halfway down; just above a power of two the double below is half as far away.
            boolean powerOfTwo = mantissa == 1L << 52 && biased > 1;
            int down = powerOfTwo ? compare(value, exponent, sticky, 4 * mantissa - 1, binary - 2)
                    : compare(value, exponent, sticky, 2 * mantissa - 1, binary - 1);
            if (down < 0 || (down == 0 && odd)) {
                x = Double.longBitsToDouble(bits - 1);
                continue;
            }
            return x;
        }
    }

    /** lead x 10^exponent in doubles, split so that no step overflows or underflows before the last one. */
    private static double estimate(long lead, int exponent) {
        double x = lead;
        if (exponent < -300) {
            x = x * Math.pow(10, exponent + 300) * 1e-300;
        } else if (exponent > 300) {
            x = x * Math.pow(10, exponent - 300) * 1e300;
        } else {
            x = x * Math.pow(10, exponent);
        }
        return Double.isInfinite(x) ? Double.MAX_VALUE : x;
    }

    /** The sign of (value x 10^exponent, plus a hair when sticky) minus halfway x 2^binary, compared exactly. */
    static int compare(Natural digits, int exponent, boolean sticky, long halfway, int binary) {
        Natural left = digits.copy();
        Natural right = Natural.of(halfway);
        if (exponent >= 0) {
            left.timesPowerOfTen(exponent);
        } else {
            right.timesPowerOfTen(-exponent);
        }
        if (binary >= 0) {
            right.timesPowerOfTwo(binary);
        } else {
            left.timesPowerOfTwo(-binary);
        }
        int sign = left.compareTo(right);
        return sign == 0 && sticky ? 1 : sign;
    }
}
