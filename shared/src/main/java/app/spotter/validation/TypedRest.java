package app.spotter.validation;

import app.spotter.session.TimerFormat;

/**
 * A rest time as typed, in the template editor or the player: minutes and seconds ("2:00", "02:00", "1:30") or
 * whole seconds ("90"); written back as MM:SS, the way the player shows it. The longest rest of a window may be
 * left empty (no window).
 */
public final class TypedRest {
    public static final String NOT_A_TIME = "Enter the rest as minutes:seconds, like 1:30 (or seconds, like 90)";
    public static final String MAX_NOT_A_TIME = "Enter the longest rest as minutes:seconds, like 3:00, or leave it"
            + " empty for a single rest time";

    private TypedRest() {
    }

    /** The seconds in {@code text}, or null when it is not a time. */
    public static Integer seconds(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return TypedNumber.whole(t);
        }
        Integer minutes = TypedNumber.whole(t.substring(0, colon));
        String secondsText = t.substring(colon + 1);
        Integer seconds = secondsText.length() == 2 ? TypedNumber.whole(secondsText) : null;
        if (minutes == null || seconds == null || minutes < 0 || seconds < 0 || seconds > 59
                || minutes > Integer.MAX_VALUE / 60 - 1) {
            return null;
        }
        return minutes * 60 + seconds;
    }

    /** The longest rest of a window: 0 when {@code text} is empty (no window), null when it is not a time. */
    public static Integer maxSeconds(String text) {
        return text == null || text.trim().isEmpty() ? Integer.valueOf(0) : seconds(text);
    }

    public static String text(int seconds) {
        return TimerFormat.mmss(seconds);
    }

    /** The longest rest of a window as a box shows it: empty when there is no window. */
    public static String maxText(int seconds, int maxSeconds) {
        return maxSeconds > 0 ? text(maxSeconds) : "";
    }
}
