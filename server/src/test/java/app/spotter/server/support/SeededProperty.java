package app.spotter.server.support;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Checks a property on {@code tries} inputs drawn from one seed. A failure names the property, the try, the input
 * and the seed; running again with {@code -Dspotter.seed=<seed>} draws exactly the same inputs in the same order.
 */
public final class SeededProperty {
    public static final String SEED = "spotter.seed";

    private SeededProperty() {
    }

    /** The seed from {@code -Dspotter.seed}, or a new one for each run. */
    public static long seed() {
        String given = System.getProperty(SEED);
        return given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    public static <T> void forAll(String property, int tries, Gen<T> inputs, Consumer<T> check) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            T input = inputs.next(random);
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed on try " + i + " of " + tries + " with input "
                        + quote(input) + "\n  replay: -D" + SEED + "=" + seed + "\n  " + e.getMessage(), e);
            }
        }
    }

    private static String quote(Object input) {
        String text = String.valueOf(input);
        return text.length() > 500 ? "<" + text.substring(0, 500) + "... (" + text.length() + " chars)>"
                : "<" + text + ">";
    }
}
