package app.spotter.session;

/** Formats elapsed seconds as {@code MM:SS}; minutes keep counting past 59 ({@code 75:03}). */
public final class TimerFormat {
    private TimerFormat() {
    }

    public static String mmss(long seconds) {
        long s = Math.max(0, seconds);
        long minutes = s / 60;
        long rest = s % 60;
        return (minutes < 10 ? "0" : "") + minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }
}
