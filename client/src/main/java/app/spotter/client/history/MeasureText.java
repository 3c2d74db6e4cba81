package app.spotter.client.history;

import app.spotter.client.ui.Plural;
import app.spotter.client.ui.WeightText;
import app.spotter.history.WeightUnit;

/**
 * Figures of the kinds in words, by hand (no String.format in the bundle): weights in the user's unit, holds
 * ("60 s", "2:30"), clock times ("25:00", "1:05:00"), distances ("400 m", "5.0 km") and paces ("4:30 /km").
 */
public final class MeasureText {
    private MeasureText() {
    }

    /** A value in one of the units records and progress use ("kg", "reps", "s", "m", "s/km"). */
    public static String of(double value, String unit, WeightUnit weightUnit) {
        switch (unit) {
            case "kg":
                return WeightText.of(value, weightUnit);
            case "reps":
                return Plural.of(Math.round(value), "rep");
            case "s":
                return hold(Math.round(value));
            case "m":
                return distance(value);
            case "s/km":
                return clock(Math.round(value)) + " /km";
            default:
                return Long.toString(Math.round(value));
        }
    }

    /** A hold or carry: seconds up to two minutes ("60 s", "115 s"), a clock beyond ("2:30"). */
    public static String hold(long seconds) {
        return seconds < 120 ? seconds + " s" : clock(seconds);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        long hours = s / 3600;
        long minutes = s / 60 % 60;
        String tail = two(s % 60);
        return hours > 0 ? hours + ":" + two(minutes) + ":" + tail : minutes + ":" + tail;
    }

    /** Metres under a kilometre ("400 m"), kilometres to a tenth above ("5.0 km", "12.3 km"). */
    public static String distance(double meters) {
        if (meters < 1000) {
            return Math.round(meters) + " m";
        }
        long tenths = Math.round(meters / 100);
        return (tenths / 10) + "." + (tenths % 10) + " km";
    }

    private static String two(long n) {
        return (n < 10 ? "0" : "") + n;
    }
}
