package app.spotter.transfer;

/**
 * Converts between {@code yyyy-MM-dd HH:mm:ss} wall-clock text and epoch milliseconds for a fixed UTC offset,
 * by arithmetic (java.time would add 250 KB to the browser bundle).
 */
public final class CivilTime {
    private CivilTime() {
    }

    /** Epoch ms of a wall-clock time in a zone that is {@code utcOffsetMinutes} ahead of UTC. */
    public static long toEpochMillis(int year, int month, int day, int hour, int minute, int second,
                                     int utcOffsetMinutes) {
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute - utcOffsetMinutes) * 60_000L + second * 1000L;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} of an epoch ms in a zone {@code utcOffsetMinutes} ahead of UTC. */
    public static String format(long epochMillis, int utcOffsetMinutes) {
        long local = epochMillis + utcOffsetMinutes * 60_000L;
        long days = Math.floorDiv(local, 86_400_000L);
        long secondsOfDay = Math.floorMod(local, 86_400_000L) / 1000;
        long[] ymd = civilFromDays(days);
        return pad(ymd[0], 4) + "-" + pad(ymd[1], 2) + "-" + pad(ymd[2], 2) + " " + pad(secondsOfDay / 3600, 2)
                + ":" + pad(secondsOfDay / 60 % 60, 2) + ":" + pad(secondsOfDay % 60, 2);
    }

    // Howard Hinnant's days_from_civil / civil_from_days, valid for the proleptic Gregorian calendar.
    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static long[] civilFromDays(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
    }

    private static String pad(long value, int width) {
        String s = String.valueOf(value);
        while (s.length() < width) {
            s = "0" + s;
        }
        return s;
    }
}
