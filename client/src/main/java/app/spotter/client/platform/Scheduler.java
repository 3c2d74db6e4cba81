package app.spotter.client.platform;

/** Timers of the device; injected so tests run them by hand. */
public interface Scheduler {
    /** Runs {@code task} every {@code millis} until cancelled. */
    Cancellable every(int millis, Runnable task);

    /** Runs {@code task} once after {@code millis}. */
    Cancellable after(int millis, Runnable task);

    /** Stops a scheduled task. */
    interface Cancellable {
        void cancel();
    }
}
