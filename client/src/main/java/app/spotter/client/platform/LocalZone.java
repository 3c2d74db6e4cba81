package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/** The browser's time zone as an offset, so dates are shown on the user's calendar without java.time. */
public final class LocalZone {
    private LocalZone() {
    }

    /** Minutes the local time is ahead of UTC at {@code epochMillis} (summer time included). */
    @JSBody(params = "epochMillis", script = "return -new Date(epochMillis).getTimezoneOffset();")
    public static native int utcOffsetMinutes(double epochMillis);
}
