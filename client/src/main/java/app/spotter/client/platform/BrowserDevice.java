package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/** {@link Device} over navigator.vibrate and navigator.onLine. */
public final class BrowserDevice implements Device {
    @Override
    public void vibrate(int millis) {
        vibrateIfAble(millis);
    }

    @Override
    public void vibrateRepeated(int millis, int pauseMillis, int times) {
        vibratePatternIfAble(millis, pauseMillis, times);
    }

    @Override
    public boolean online() {
        return isOnline();
    }

    @JSBody(params = "millis", script = "if (navigator.vibrate) { try { navigator.vibrate(millis); } catch (e) {} }")
    private static native void vibrateIfAble(int millis);

    @JSBody(params = {"millis", "pause", "times"}, script = "if (navigator.vibrate) { var p = [];"
            + " for (var i = 0; i < times; i++) { if (i > 0) { p.push(pause); } p.push(millis); }"
            + " try { navigator.vibrate(p); } catch (e) {} }")
    private static native void vibratePatternIfAble(int millis, int pause, int times);

    @JSBody(script = "return navigator.onLine !== false;")
    private static native boolean isOnline();
}
