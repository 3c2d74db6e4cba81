package app.spotter.json;

/**
 * Numbers as JSON text, exactly as {@link Double#toString} and {@link Long#toString} write them, the common cases
 * by hand: in the browser a long is emulated and {@code Double.toString} runs a long-arithmetic digit search, which
 * made up three quarters of the player's save (scripts/bench). Weights are whole, halves or quarters; times are
 * epoch milliseconds.
 */
public final class JsonNumbers {
    private static final int BILLION = 1_000_000_000;

    private JsonNumbers() {
    }

    /** {@code Double.toString(value)}; values in (0, 10^7) with at most two decimals without the digit search. */
    public static String decimal(double value) {
        if (value > 0 && value < 1e7) {
            int cents = (int) Math.floor(value * 100 + 0.5);
            if (cents / 100.0 == value) {
                int fraction = cents % 100;
                String whole = Integer.toString(cents / 100);
                if (fraction == 0) {
                    return whole + ".0";
                }
                if (fraction % 10 == 0) {
                    return whole + "." + fraction / 10;
                }
                return whole + (fraction < 10 ? ".0" : ".") + fraction;
            }
        }
        return Double.toString(value);
    }

    /** {@code Long.toString(value)}; non-negative values below 10^18 as two ints. */
    public static String whole(long value) {
        if (value >= 0 && value < (long) BILLION * BILLION) {
            int high = (int) (value / BILLION);
            int low = (int) (value - (long) high * BILLION);
            if (high == 0) {
                return Integer.toString(low);
            }
            String digits = Integer.toString(low);
            return high + "000000000".substring(digits.length()) + digits;
        }
        return Long.toString(value);
    }

    /** A number for a nanojson tree that the writer prints as {@link #decimal} (NaN and infinities as before). */
    public static Number of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new Written(value, decimal(value));
    }

    /** A number for a nanojson tree that the writer prints as {@link #whole}. */
    public static Number of(long value) {
        return new Written(value, whole(value));
    }

    // nanojson writes a Number other than Double/Float by its toString; the value is kept for readers of the tree.
    private static final class Written extends Number {
        private final double value;
        private final long whole;
        private final boolean isWhole;
        private final String text;

        Written(double value, String text) {
            this.value = value;
            this.whole = (long) value;
            this.isWhole = false;
            this.text = text;
        }

        Written(long value, String text) {
            this.value = value;
            this.whole = value;
            this.isWhole = true;
            this.text = text;
        }

        @Override
        public int intValue() {
            return (int) whole;
        }

        @Override
        public long longValue() {
            return whole;
        }

        @Override
        public float floatValue() {
            return (float) value;
        }

        @Override
        public double doubleValue() {
            return isWhole ? whole : value;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
