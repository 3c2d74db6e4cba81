package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/** {@link Device} over navigator.vibrate and navigator.onLine. */
public final class BrowserDevice implements Device {
    @Override
    public void vibrate(int millis) {
        vibrateIfAble(millis);
    }

    @Override
    public boolean online() {
        return isOnline();
    }

    @JSBody(params = "millis", script = "if (navigator.vibrate) { try { navigator.vibrate(millis); } catch (e) {} }")
    private static native void vibrateIfAble(int millis);

    @JSBody(script = "return navigator.onLine !== false;")
    private static native boolean isOnline();
}
