package app.spotter.imports;

import app.spotter.text.Split;
import app.spotter.transfer.CivilTime;
import java.util.Locale;

/**
 * The date forms export files use: {@code 2024-01-31 18:30:00} (seconds optional, 12-hour with AM/PM too) and
 * Hevy's {@code 31 Jan 2024, 18:30}. Read as wall-clock time in the zone the user names.
 */
final class ExportDates {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private ExportDates() {
    }

    static long parse(String text, int utcOffsetMinutes) {
        String t = text.replace('\u202f', ' ').replace('\u00a0', ' ').replace(",", " ").trim();
        try {
            String upper = t.toUpperCase(Locale.ROOT);
            boolean pm = upper.endsWith("PM");
            boolean am = upper.endsWith("AM");
            if (pm || am) {
                t = t.substring(0, t.length() - 2).trim();
            }
            String[] parts = Split.words(t, ' ');
            int year;
            int month;
            int day;
            String time;
            if (parts[0].indexOf('-') > 0) {
                String[] ymd = Split.on(parts[0], '-');
                year = Integer.parseInt(ymd[0]);
                month = Integer.parseInt(ymd[1]);
                day = Integer.parseInt(ymd[2]);
                time = parts.length > 1 ? parts[1] : "0:0";
            } else {
                day = Integer.parseInt(parts[0]);
                month = month(parts[1]);
                year = Integer.parseInt(parts[2]);
                time = parts.length > 3 ? parts[3] : "0:0";
            }
            String[] hms = Split.on(time, ':');
            int hour = Integer.parseInt(hms[0]);
            if ((pm || am) && (hour < 1 || hour > 12)) {
                throw new NumberFormatException();
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            int minute = Integer.parseInt(hms[1]);
            int second = hms.length > 2 ? Integer.parseInt(hms[2]) : 0;
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                    || year < 1970 || year > 9999) {
                throw new NumberFormatException();
            }
            return CivilTime.toEpochMillis(year, month, day, hour, minute, second, utcOffsetMinutes);
        } catch (RuntimeException e) {
            throw new RowSkipped("the date '" + text + "' is not a date like 2024-01-31 18:30:00");
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        throw new NumberFormatException();
    }
}
