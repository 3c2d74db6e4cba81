package app.spotter.text;

import java.math.BigInteger;

/**
 * Reads a decimal number ("62.5", "-0.25", "1.0E7") to the nearest double, as {@link Double#parseDouble} does for
 * such text. Why not that method: in the browser TeaVM implements it with two tables of 64-bit constants that were
 * about a seventh of the gzipped bundle. Numbers of up to 15 digits with a small exponent (every weight, distance
 * and time a user types or the app writes) are one exact division or multiplication; anything longer is rounded
 * exactly through {@link BigInteger}, which the JSON reader needs anyway.
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
        if (n > DIGITS_LIMIT) {
            // Digits this far below the leading ones cannot move the result beyond "some nonzero digit follows".
            exponent += n - DIGITS_LIMIT;
            n = DIGITS_LIMIT;
            return exact(new BigInteger(digits.substring(0, n)), exponent, true);
        }
        return exact(new BigInteger(digits.substring(0, n)), exponent, false);
    }

    /** The double nearest to value x 10^exponent (ties to even); sticky: nonzero digits were cut off below it. */
    private static double exact(BigInteger value, int exponent, boolean sticky) {
        if (exponent >= 0) {
            BigInteger whole = value.multiply(BigInteger.TEN.pow(exponent));
            // A cut-off tail sits below the last kept digit: give the quotient room so it only decides ties.
            return sticky ? rounded(whole.shiftLeft(2).or(BigInteger.ONE), 2, false) : rounded(whole, 0, false);
        }
        BigInteger divisor = BigInteger.TEN.pow(-exponent);
        // Enough quotient bits for 53 significant ones, a rounding bit and a sticky bit.
        int shift = Math.max(0, 55 + divisor.bitLength() - value.bitLength());
        BigInteger[] qr = value.shiftLeft(shift).divideAndRemainder(divisor);
        return rounded(qr[0], shift, sticky || qr[1].signum() != 0);
    }

    /** The double nearest to quotient x 2^-shift, where sticky says the true value is a little above it. */
    private static double rounded(BigInteger quotient, int shift, boolean sticky) {
        int bits = quotient.bitLength();
        int binaryExponent = bits - 1 - shift;
        if (binaryExponent > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        // Below 2^-1022 the spacing is fixed at 2^-1074, so fewer significant bits are kept.
        int keep = binaryExponent >= -1022 ? 53 : 53 - (-1022 - binaryExponent);
        int drop = bits - keep;
        long mantissa;
        if (drop <= 0) {
            mantissa = quotient.longValue() << -drop;
        } else {
            mantissa = quotient.shiftRight(drop).longValue();
            boolean half = quotient.testBit(drop - 1);
            boolean below = sticky || quotient.getLowestSetBit() < drop - 1;
            if (half && (below || (mantissa & 1) == 1)) {
                mantissa++;
            }
        }
        // mantissa <= 2^53 is exact as a double, and so is the power of two: the product rounds nowhere.
        return mantissa * powerOfTwo(drop - shift);
    }

    /** 2^exponent for exponent in [-1074, 971], the only ones {@link #rounded} asks for. */
    private static double powerOfTwo(int exponent) {
        if (exponent < -1022) {
            return Double.longBitsToDouble(1L << (exponent + 1074));
        }
        return Double.longBitsToDouble((long) (exponent + 1023) << 52);
    }
}
