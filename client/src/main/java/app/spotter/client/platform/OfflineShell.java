package app.spotter.client.platform;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;

/** The browser's offline machinery: the service worker that keeps the app shell, and the "online" event. */
public final class OfflineShell {
    private OfflineShell() {
    }

    /** Registers /sw.js where the browser has service workers (not HtmlUnit, not plain http off localhost); a
     * refusal only means the app does not open offline, so it is not an error the user must see. */
    @JSBody(script = "if ('serviceWorker' in navigator) {"
            + " navigator.serviceWorker.register('/sw.js').catch(function () {}); }")
    public static native void registerServiceWorker();

    /** Runs {@code task} each time the browser says the connection is back. */
    public static void onOnline(Runnable task) {
        Window.current().addEventListener("online", event -> task.run());
    }
}
