package app.spotter.client.ui;

/** A count and its noun, singular for one: "1 set", "3 sets", "0 workouts". */
public final class Plural {
    private Plural() {
    }

    /** {@code noun} is the singular; the plural adds an "s" (every noun the app counts does). */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
