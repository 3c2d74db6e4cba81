package app.spotter.client.platform;

import org.teavm.jso.browser.Window;

/** Loads the current location afresh as a new page: the way from one compiled bundle to the other. */
public final class PageReload {
    private PageReload() {
    }

    public static void now() {
        Window.current().getLocation().reload();
    }
}
