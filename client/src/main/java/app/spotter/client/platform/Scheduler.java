package app.spotter.client.platform;

/** Timers of the device; injected so tests run them by hand. */
public interface Scheduler {
    /** Runs {@code task} every {@code millis} until cancelled. */
    Cancellable every(int millis, Runnable task);

    /** Runs {@code task} once after {@code millis}. */
    Cancellable after(int millis, Runnable task);

    /** Runs {@code task} once the page has painted what it shows now (the next frame), in a task of its own. */
    default void afterPaint(Runnable task) {
        after(0, task);
    }

    /** Stops a scheduled task. */
    interface Cancellable {
        void cancel();
    }
}
