package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/**
 * {@link ScreenAwake} over {@code navigator.wakeLock}. The browser drops the lock whenever the page is hidden, so a
 * visibilitychange listener asks again when the page is visible and still wants it. State lives on
 * {@code window.spotterWake} ({@code want}, {@code lock}), one per page.
 */
public final class BrowserScreenAwake implements ScreenAwake {
    @Override
    public void keep() {
        want(true);
    }

    @Override
    public void release() {
        want(false);
    }

    @Override
    public boolean held() {
        return isHeld();
    }

    @JSBody(params = "wanted", script = "var w = window.spotterWake;"
            + " if (!w) { w = window.spotterWake = {want: false, lock: null, pending: false};"
            + "   w.ask = function () {"
            + "     if (!w.want || w.lock || w.pending || !navigator.wakeLock"
            + "         || document.visibilityState !== 'visible') { return; }"
            + "     w.pending = true;"
            + "     navigator.wakeLock.request('screen').then(function (lock) { w.pending = false;"
            + "       if (!w.want) { lock.release(); return; } w.lock = lock;"
            + "       lock.addEventListener('release', function () { if (w.lock === lock) { w.lock = null; } });"
            + "     }, function () { w.pending = false; }); };"
            + "   document.addEventListener('visibilitychange', w.ask); }"
            + " w.want = wanted;"
            + " if (wanted) { w.ask(); } else if (w.lock) { var l = w.lock; w.lock = null; l.release(); }")
    private static native void want(boolean wanted);

    @JSBody(script = "return !!(window.spotterWake && window.spotterWake.lock && !window.spotterWake.lock.released);")
    private static native boolean isHeld();
}
