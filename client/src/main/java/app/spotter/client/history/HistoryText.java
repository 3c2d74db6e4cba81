package app.spotter.client.history;

import app.spotter.client.platform.LocalZone;
import app.spotter.transfer.CivilTime;

/** Dates and durations of the history screens, on the user's calendar (no java.time in the bundle). */
final class HistoryText {
    private HistoryText() {
    }

    /** {@code 2024-01-05 18:30} in the browser's time zone. */
    static String date(long epochMillis) {
        return CivilTime.format(epochMillis, LocalZone.utcOffsetMinutes(epochMillis)).substring(0, 16);
    }

    /** {@code 1 h 05 min}, {@code 42 min}. */
    static String duration(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        long rest = minutes % 60;
        return (minutes / 60) + " h " + (rest < 10 ? "0" : "") + rest + " min";
    }
}
