package app.spotter.client.platform;

import org.teavm.jso.browser.Window;

/** {@link Scheduler} over setInterval / setTimeout. */
public final class BrowserScheduler implements Scheduler {
    @Override
    public Cancellable every(int millis, Runnable task) {
        int id = Window.setInterval(task::run, millis);
        return () -> Window.clearInterval(id);
    }

    @Override
    public Cancellable after(int millis, Runnable task) {
        int id = Window.setTimeout(task::run, millis);
        return () -> Window.clearTimeout(id);
    }
}
