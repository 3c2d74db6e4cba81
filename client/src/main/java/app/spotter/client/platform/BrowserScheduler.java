package app.spotter.client.platform;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/** {@link Scheduler} over setInterval / setTimeout (and requestAnimationFrame, for after the next paint). */
public final class BrowserScheduler implements Scheduler {
    /** How long {@link #afterPaint} waits for a frame that may never come. */
    private static final int NO_FRAME_MILLIS = 100;

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

    @Override
    public void afterPaint(Runnable task) {
        afterNextFrame(task::run);
    }

    /** A task for the browser to call. */
    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    // A timeout set from inside an animation frame callback runs after that frame is painted. A page that gets no
    // frames (hidden, in the background, or a browser that draws none) runs it after a short timeout instead.
    @JSBody(params = "task", script = "var done = false;"
            + " function run() { if (!done) { done = true; task(); } }"
            + " setTimeout(run, " + NO_FRAME_MILLIS + ");"
            + " if (!document.hidden && window.requestAnimationFrame) {"
            + "   requestAnimationFrame(function () { setTimeout(run, 0); }); }")
    private static native void afterNextFrame(Task task);
}
