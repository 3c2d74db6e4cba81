package app.spotter.text;

/**
 * Writes a double as {@link Double#toString} does: the fewest digits that read back as the same double (of those,
 * the nearest), "0.001" to "9999999.0" plainly and "1.0E7", "1.0E-4" otherwise. Why not that method: in the
 * browser TeaVM implements it with a table of 64-bit powers of ten that was 11 KB of each gzipped bundle (the
 * client's build routes every double's text here, see client.build). For each length from two the decimals either
 * side of the value are tried: up to 15 digits in doubles, beyond that exactly, in whole numbers ({@link Natural})
 * against the halfway points to the neighbouring doubles, as {@link DecimalParser} reads.
 */
public final class DecimalText {
    private static final int MANTISSA_BITS = 52;
    // Up to 15 digits at most one decimal of a length reads back as the double (they are over an ulp apart), and
    // with 10^0 .. 10^22 (exact doubles) one multiplication or division finds and checks it, as DecimalParser reads.
    private static final int FAST_DIGITS = 15;
    private static final int EXACT_POWER_MAX = 22;
    private static final double[] EXACT_POWERS = new double[EXACT_POWER_MAX + 1];

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
    }

    private DecimalText() {
    }

    public static String of(double value) {
        if (value != value) {
            return "NaN";
        }
        if (value == Double.POSITIVE_INFINITY || value == Double.NEGATIVE_INFINITY) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        String sign = value < 0 ? "-" : "";
        double v = Math.abs(value);
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> MANTISSA_BITS);
        long mantissa = biased == 0 ? bits : (bits & ((1L << MANTISSA_BITS) - 1)) | (1L << MANTISSA_BITS);
        int binary = biased == 0 ? -1074 : biased - 1075;
        double log = Math.log10(v);
        int lead = (int) Math.floor(log);
        if (Math.abs(log - Math.rint(log)) < 1e-9) {
            // Near a power of ten Math.log10 may round across it: the place of the leading digit, exactly.
            int power = (int) Math.rint(log);
            lead = sign(1, power, mantissa, binary) <= 0 ? power : power - 1;
        }
        // From two digits: a one-digit decimal that reads back has a nearer two-digit one only below normal doubles
        // (4.9E-324), and Java writes that one. Seventeen digits always read back.
        for (int length = 2; ; length++) {
            int exponent = lead - length + 1;
            if (length <= FAST_DIGITS && exponent >= -EXACT_POWER_MAX && exponent <= EXACT_POWER_MAX) {
                long digits = fast(v, exponent);
                if (digits > 0) {
                    return sign + layout(Long.toString(digits), exponent);
                }
                continue;
            }
            long below = floor(v, exponent, mantissa, binary);
            boolean belowReads = readsBack(below, exponent, mantissa, binary);
            boolean aboveReads = readsBack(below + 1, exponent, mantissa, binary);
            if (belowReads || aboveReads) {
                long digits = !aboveReads ? below : !belowReads ? below + 1 : nearer(below, exponent, mantissa, binary);
                return sign + layout(Long.toString(digits), exponent);
            }
        }
    }

    /** The decimal digits n (times 10^exponent) that read back as v, or 0; the estimate is less than one off. */
    private static long fast(double v, int exponent) {
        double estimate = exponent < 0 ? v * EXACT_POWERS[-exponent] : v / EXACT_POWERS[exponent];
        for (long n = Math.max(1, (long) estimate - 1); n <= (long) estimate + 2; n++) {
            double back = exponent < 0 ? n / EXACT_POWERS[-exponent] : n * EXACT_POWERS[exponent];
            if (back == v) {
                return n;
            }
        }
        return 0;
    }

    /** The largest n with n x 10^exponent at most v = mantissa x 2^binary, from an estimate in doubles. */
    private static long floor(double v, int exponent, long mantissa, int binary) {
        double estimate = exponent < -300 ? v * 1e300 * Math.pow(10, -exponent - 300)
                : exponent > 300 ? v / 1e300 / Math.pow(10, exponent - 300) : v * Math.pow(10, -exponent);
        long guess = (long) estimate;
        // Math.pow and the product are a few ulps off at most; the loops below widen the window if not.
        long slack = 2 + (long) (estimate * 1e-15);
        long low = Math.max(0, guess - slack);
        long high = guess + slack;
        while (low > 0 && sign(low, exponent, mantissa, binary) > 0) {
            low = Math.max(0, low - 2 * slack);
        }
        while (sign(high, exponent, mantissa, binary) <= 0) {
            high += 2 * slack;
        }
        // Invariant: low x 10^e <= v < high x 10^e.
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (sign(middle, exponent, mantissa, binary) <= 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Of below and below + 1 (times 10^exponent), the one nearer to v; on a tie the even one. */
    private static long nearer(long below, int exponent, long mantissa, int binary) {
        // (2 below + 1) x 10^e against 2v: the halfway point, without leaving a long.
        int side = sign(2 * below + 1, exponent, mantissa, binary + 1);
        if (side == 0) {
            return below % 2 == 0 ? below : below + 1;
        }
        return side > 0 ? below : below + 1;
    }

    /** The sign of n x 10^exponent minus mantissa x 2^binary. */
    private static int sign(long n, int exponent, long mantissa, int binary) {
        return DecimalParser.compare(Natural.of(n), exponent, false, mantissa, binary);
    }

    /**
     * Whether n x 10^exponent rounds to v = mantissa x 2^binary: it lies between the halfway points to the
     * neighbouring doubles (on them when the mantissa is even, as reading rounds ties to even).
     */
    private static boolean readsBack(long n, int exponent, long mantissa, int binary) {
        boolean even = mantissa % 2 == 0;
        // Just above a power of two the double below is half as far away.
        boolean powerOfTwo = mantissa == 1L << MANTISSA_BITS && binary > -1074;
        int down = powerOfTwo ? sign(n, exponent, 4 * mantissa - 1, binary - 2)
                : sign(n, exponent, 2 * mantissa - 1, binary - 1);
        if (down < 0 || (down == 0 && !even)) {
            return false;
        }
        int up = sign(n, exponent, 2 * mantissa + 1, binary - 1);
        return up < 0 || (up == 0 && even);
    }

    /** digits x 10^exponent as Java writes it. */
    private static String layout(String allDigits, int exponent) {
        int n = allDigits.length();
        while (allDigits.charAt(n - 1) == '0') {
            n--;
        }
        String digits = allDigits.substring(0, n);
        int scientific = exponent + allDigits.length() - 1;
        if (scientific >= 7 || scientific < -3) {
            String rest = n > 1 ? digits.substring(1) : "0";
            return digits.charAt(0) + "." + rest + "E" + scientific;
        }
        if (scientific < 0) {
            return "0." + "000".substring(0, -scientific - 1) + digits;
        }
        if (n <= scientific + 1) {
            return digits + "0000000".substring(0, scientific + 1 - n) + ".0";
        }
        return digits.substring(0, scientific + 1) + "." + digits.substring(scientific + 1);
    }
}
