package app.spotter.client.player;

import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Scheduler;
import java.util.function.Consumer;

/**
 * Sends the finished workouts waiting in the {@link WorkoutOutbox} until the server has acknowledged them all:
 * when the app loads, each time the browser comes back online, and after a failure with growing pauses. The
 * server is idempotent by session id, so a send that overlaps another (the player's own) never logs a workout
 * twice.
 */
public final class OutboxRetry {
    static final int[] PAUSE_MILLIS = {5_000, 15_000, 30_000, 60_000, 120_000, 300_000};
    private final WorkoutOutbox outbox;
    private final WorkoutLogging logging;
    private final Scheduler scheduler;
    private Scheduler.Cancellable nextTry;
    private boolean sending;
    private boolean stopped;
    private int failures;

    OutboxRetry(WorkoutOutbox outbox, WorkoutLogging logging, Scheduler scheduler) {
        this.outbox = outbox;
        this.logging = logging;
        this.scheduler = scheduler;
    }

    /**
     * Starts retrying one user's outbox; {@code onlineEvents} takes the task to run when the connection is back.
     * Stop it when another user signs in: their sign-in must never carry this user's workouts.
     */
    public static OutboxRetry start(Platform platform, StorageKeys keys, Consumer<Runnable> onlineEvents) {
        WorkoutOutbox outbox = new WorkoutOutbox(platform.storage(), keys, platform.serverClock());
        WorkoutLogging logging = new WorkoutLogging(platform.http(), outbox,
                new WorkoutStore(platform.storage(), keys, platform.serverClock()));
        OutboxRetry retry = new OutboxRetry(outbox, logging, platform.scheduler());
        onlineEvents.accept(retry::connectionBack);
        retry.sendWaiting();
        return retry;
    }

    /** Sends nothing more, ever: the user it was started for is no longer signed in here. */
    public void stop() {
        stopped = true;
        if (nextTry != null) {
            nextTry.cancel();
            nextTry = null;
        }
    }

    /** The connection is back: the pauses start again from the shortest, and the outbox goes now. */
    void connectionBack() {
        failures = 0;
        sendWaiting();
    }

    void sendWaiting() {
        if (nextTry != null) {
            nextTry.cancel();
            nextTry = null;
        }
        if (stopped || sending || outbox.all().isEmpty()) {
            return;
        }
        sending = true;
        logging.flush(this::answered);
    }

    private void answered(boolean allSaved) {
        sending = false;
        if (stopped) {
            return;
        }
        if (allSaved) {
            failures = 0;
            return;
        }
        int pause = PAUSE_MILLIS[Math.min(failures, PAUSE_MILLIS.length - 1)];
        failures++;
        nextTry = scheduler.after(pause, this::sendWaiting);
    }
}
