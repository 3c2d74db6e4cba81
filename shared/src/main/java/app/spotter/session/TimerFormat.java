package app.spotter.session;

/**
 * Formats elapsed seconds as {@code MM:SS}; minutes keep counting past 59 ({@code 75:03}). A rest reads the same
 * way, a window as {@code 02:00 to 03:00}.
 */
public final class TimerFormat {
    private TimerFormat() {
    }

    public static String mmss(long seconds) {
        long s = Math.max(0, seconds);
        long minutes = s / 60;
        long rest = s % 60;
        return (minutes < 10 ? "0" : "") + minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    /** A rest of {@code seconds}, or a window up to {@code maxSeconds} when that is longer. */
    public static String rest(int seconds, int maxSeconds) {
        return maxSeconds > seconds ? mmss(seconds) + " to " + mmss(maxSeconds) : mmss(seconds);
    }
}
