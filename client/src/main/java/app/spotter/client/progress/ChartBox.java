package app.spotter.client.progress;

/**
 * The geometry of one chart: an SVG view box of fixed size (it scales to the screen, so a 390 px phone shows it
 * whole), a plot area inside it with room for the axis labels, and the data range mapped onto that area. The
 * value range is widened to round ticks and never empty, so one point or equal values still draw.
 */
public final class ChartBox {
    public static final int WIDTH = 360;
    public static final int HEIGHT = 200;
    public static final int LEFT = 48;
    public static final int RIGHT = 10;
    public static final int TOP = 12;
    public static final int BOTTOM = 24;
    private static final int TICKS = 4;

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    private ChartBox(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** A box for values between {@code low} and {@code high} along x from {@code first} to {@code last}. */
    public static ChartBox fit(double first, double last, double low, double high, boolean fromZero) {
        double bottom = fromZero ? Math.min(0, low) : low;
        double top = high > bottom ? high : bottom + 1;
        double step = NiceTicks.step(top - bottom, TICKS);
        return new ChartBox(first, last, NiceTicks.floor(bottom, step), NiceTicks.ceil(top, step));
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }

    /** The x pixel of a data x; a single x value sits in the middle. */
    public int x(double value) {
        double width = WIDTH - LEFT - RIGHT;
        if (xMax <= xMin) {
            return LEFT + (int) Math.round(width / 2);
        }
        return LEFT + (int) Math.round((value - xMin) / (xMax - xMin) * width);
    }

    /** The y pixel of a value (SVG y grows downwards). */
    public int y(double value) {
        double height = HEIGHT - TOP - BOTTOM;
        return TOP + (int) Math.round((yMax - value) / (yMax - yMin) * height);
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** The SVG path through the points in order: {@code M48,100L120,80...}. */
    public String path(double[] xs, double[] ys) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(x(xs[i])).append(',').append(y(ys[i]));
        }
        return d.toString();
    }

    /** The left edge of bar {@code i} of {@code count} equal slots with a gap between bars. */
    public static int barLeft(int i, int count) {
        return LEFT + (int) Math.round(slot(count) * i + slot(count) * 0.15);
    }

    public static int barWidth(int count) {
        return Math.max(1, (int) Math.round(slot(count) * 0.7));
    }

    private static double slot(int count) {
        return (WIDTH - LEFT - RIGHT) / (double) Math.max(1, count);
    }
}
