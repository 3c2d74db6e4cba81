package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/** {@link Clock} over {@code Date.now()}. */
public final class BrowserClock implements Clock {
    @Override
    public long now() {
        return (long) dateNow();
    }

    @JSBody(script = "return Date.now();")
    private static native double dateNow();
}
