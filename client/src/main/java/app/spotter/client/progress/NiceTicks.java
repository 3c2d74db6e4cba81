package app.spotter.client.progress;

/** Round axis steps (1, 2 or 5 times a power of ten) so the labels read 0, 50, 100 and not 3.7, 51.2, 98.7. */
public final class NiceTicks {
    private NiceTicks() {
    }

    /** The step that cuts {@code span} into about {@code count} parts. */
    public static double step(double span, int count) {
        if (span <= 0 || count <= 0) {
            return 1;
        }
        double rough = span / count;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The largest multiple of {@code step} at or below {@code value}. */
    public static double floor(double value, double step) {
        return Math.floor(value / step) * step;
    }

    /** The smallest multiple of {@code step} at or above {@code value}. */
    public static double ceil(double value, double step) {
        return Math.ceil(value / step) * step;
    }
}
