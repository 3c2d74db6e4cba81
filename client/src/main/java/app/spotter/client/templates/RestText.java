package app.spotter.client.templates;

import app.spotter.session.TimerFormat;
import app.spotter.validation.TypedNumber;

/**
 * A rest time as typed into the template editor: minutes and seconds ("2:00", "02:00", "1:30") or whole seconds
 * ("90"); written back as MM:SS, the way the player shows it.
 */
final class RestText {
    private RestText() {
    }

    /** The seconds in {@code text}, or null when it is not a time. */
    static Integer seconds(String text) {
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

    static String text(int seconds) {
        return TimerFormat.mmss(seconds);
    }

    /** The longest rest of a window as the box shows it: empty when there is no window. */
    static String maxText(int seconds, int maxSeconds) {
        return maxSeconds > 0 ? text(maxSeconds) : "";
    }
}
