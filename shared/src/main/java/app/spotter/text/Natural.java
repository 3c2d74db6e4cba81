package app.spotter.text;

/**
 * A non-negative whole number of any size, with only what {@link DecimalParser} needs to compare a long decimal with
 * a double exactly: made from digits or a long, times a power of ten or two, compared. Limbs of 16 bits in ints,
 * so the browser runs it without emulated 64-bit arithmetic; java.math.BigInteger was 7 KB of the gzipped bundle.
 */
final class Natural {
    private static final int BITS = 16;
    private static final int MASK = 0xFFFF;
    /** Little-endian limbs; the top ones may be zero. */
    private int[] limbs;
    private int length;

    private Natural(int capacity) {
        limbs = new int[Math.max(capacity, 4)];
    }

    static Natural ofDigits(CharSequence digits, int from, int to) {
        Natural n = new Natural((to - from) / 4 + 2);
        int at = from;
        while (at < to) {
            int chunk = Math.min(4, to - at);
            int value = 0;
            int scale = 1;
            for (int i = 0; i < chunk; i++) {
                value = value * 10 + (digits.charAt(at + i) - '0');
                scale *= 10;
            }
            n.multiplyAdd(scale, value);
            at += chunk;
        }
        return n;
    }

    static Natural of(long value) {
        Natural n = new Natural(4);
        for (long v = value; v != 0; v >>>= BITS) {
            n.limbs[n.length++] = (int) (v & MASK);
        }
        return n;
    }

    Natural copy() {
        Natural n = new Natural(length + 1);
        System.arraycopy(limbs, 0, n.limbs, 0, length);
        n.length = length;
        return n;
    }

    /** This times 10^exponent (exponent >= 0), in place. */
    Natural timesPowerOfTen(int exponent) {
        for (int e = exponent; e > 0; e -= 4) {
            multiplyAdd(e >= 4 ? 10_000 : e == 3 ? 1000 : e == 2 ? 100 : 10, 0);
        }
        return this;
    }

    /** This times 2^exponent (exponent >= 0), in place. */
    Natural timesPowerOfTwo(int exponent) {
        int words = exponent / BITS;
        int bits = exponent % BITS;
        int[] next = new int[length + words + 1];
        int carry = 0;
        for (int i = 0; i < length; i++) {
            int shifted = limbs[i] << bits;
            next[i + words] = (shifted & MASK) | carry;
            carry = shifted >>> BITS;
        }
        next[length + words] = carry;
        limbs = next;
        length = next.length;
        return this;
    }

    /** The sign of this minus other. */
    int compareTo(Natural other) {
        int a = significantLength();
        int b = other.significantLength();
        if (a != b) {
            return a < b ? -1 : 1;
        }
        for (int i = a - 1; i >= 0; i--) {
            if (limbs[i] != other.limbs[i]) {
                return limbs[i] < other.limbs[i] ? -1 : 1;
            }
        }
        return 0;
    }

    private int significantLength() {
        int n = length;
        while (n > 0 && limbs[n - 1] == 0) {
            n--;
        }
        return n;
    }

    /** this = this * factor + addend, for factor and addend up to 10,000 (no limb product leaves an int). */
    private void multiplyAdd(int factor, int addend) {
        int carry = addend;
        for (int i = 0; i < length; i++) {
            int product = limbs[i] * factor + carry;
            limbs[i] = product & MASK;
            carry = product >>> BITS;
        }
        if (carry != 0) {
            if (length == limbs.length) {
                int[] grown = new int[length * 2];
                System.arraycopy(limbs, 0, grown, 0, length);
                limbs = grown;
            }
            limbs[length++] = carry;
        }
    }
}
