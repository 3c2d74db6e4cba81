package app.spotter.client.history;

import app.spotter.transfer.CivilTime;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.util.function.LongToIntFunction;

/**
 * A workout's date and start time as the edit page shows and takes them ({@code YYYY-MM-DD}, {@code HH:MM}, what
 * date and time inputs give), on the user's calendar: {@code utcOffset} tells the zone's offset in minutes at a
 * time (the browser's, summer time included).
 */
public final class StartTime {
    private final LongToIntFunction utcOffset;

    public StartTime(LongToIntFunction utcOffset) {
        this.utcOffset = utcOffset;
    }

    public String date(long epochMillis) {
        return civil(epochMillis).substring(0, 10);
    }

    public String time(long epochMillis) {
        return civil(epochMillis).substring(11, 16);
    }

    /** Epoch ms of the typed date and time; a refusal names {@code startedAt}. */
    public long parse(String date, String time) {
        String d = date.trim();
        // A time input gives HH:MM, or HH:MM:SS when its step allows seconds; the seconds are dropped.
        String t = time.trim().length() > 5 && time.trim().charAt(5) == ':' ? time.trim().substring(0, 5)
                : time.trim();
        if (!shaped(d, "dddd-dd-dd")) {
            throw refused(d.isEmpty() ? "Enter the date as YYYY-MM-DD" : "Enter the date as YYYY-MM-DD, not " + d);
        }
        if (!shaped(t, "dd:dd") && !shaped(t, "d:dd")) {
            throw refused(t.isEmpty() ? "Enter the start time as HH:MM" : "Enter the start time as HH:MM, not " + t);
        }
        int year = Integer.parseInt(d.substring(0, 4));
        int month = Integer.parseInt(d.substring(5, 7));
        int day = Integer.parseInt(d.substring(8, 10));
        int colon = t.indexOf(':');
        int hour = Integer.parseInt(t.substring(0, colon));
        int minute = Integer.parseInt(t.substring(colon + 1));
        if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            throw refused("There is no such date: " + d);
        }
        if (hour > 23 || minute > 59) {
            throw refused("There is no such time: " + t);
        }
        // The offset of the moment itself (a date across a summer-time change has another one than today).
        long guess = CivilTime.toEpochMillis(year, month, day, hour, minute, 0, 0);
        int offset = utcOffset.applyAsInt(guess - utcOffset.applyAsInt(guess) * 60_000L);
        return CivilTime.toEpochMillis(year, month, day, hour, minute, 0, offset);
    }

    private String civil(long epochMillis) {
        return CivilTime.format(epochMillis, utcOffset.applyAsInt(epochMillis));
    }

    // By hand, not a regex: java.util.regex would add to the browser bundle. 'd' is a digit, others themselves.
    private static boolean shaped(String text, String shape) {
        if (text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(i);
            if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static ValidationException refused(String message) {
        return new ValidationException(new FieldError(WorkoutEditor.WHEN, message));
    }
}
