package app.spotter.client.player;

import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Scheduler;
import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one sender of a user's {@link WorkoutOutbox}: the player's finished workouts and the history's edits are
 * handed to it, and it sends them at once, when the app loads, each time the browser comes back online, and after
 * a failure with growing pauses ({@link Backoff#OUTBOX}). The server is idempotent by session id, and
 * one request per workout is under way at a time, so a workout is never logged twice. Started with the app, it also
 * sends the discards ({@link PendingDiscards}) still waiting for the server's answer.
 */
public final class OutboxRetry {
    private final WorkoutOutbox outbox;
    private final WorkoutLogging logging;
    private final Scheduler scheduler;
    // The workouts the user said "log it anyway" to (sent with restore=true), and who hears each one's answers.
    private final Set<String> restoring = new HashSet<>();
    private final Map<String, Consumer<WorkoutLogging.Result>> following = new HashMap<>();
    private final List<Runnable> uploadListeners = new ArrayList<>();
    private Scheduler.Cancellable nextTry;
    private boolean sending;
    private boolean retryWanted;
    private boolean stopped;
    private int failures;

    OutboxRetry(WorkoutOutbox outbox, WorkoutLogging logging, Scheduler scheduler) {
        this.outbox = outbox;
        this.logging = logging;
        this.scheduler = scheduler;
    }

    /** One user's sender that has sent nothing yet (for a test, or before {@link #start}). */
    public static OutboxRetry of(Platform platform, StorageKeys keys) {
        WorkoutOutbox outbox = new WorkoutOutbox(platform.storage(), keys, platform.serverClock());
        WorkoutLogging logging = new WorkoutLogging(platform.http(), outbox,
                new WorkoutStore(platform.storage(), keys, platform.serverClock()));
        return new OutboxRetry(outbox, logging, platform.scheduler());
    }

    /**
     * Starts sending one user's outbox; {@code onlineEvents} takes the task to run when the connection is back.
     * Stop it when another user signs in: their sign-in must never carry this user's workouts.
     */
    public static OutboxRetry start(Platform platform, StorageKeys keys, Consumer<Runnable> onlineEvents) {
        OutboxRetry retry = of(platform, keys);
        onlineEvents.accept(retry::connectionBack);
        retry.sendWaiting();
        // A discarded workout whose DELETE the last page did not see answered goes now too, whatever screen opened:
        // the player hands over to the whole app by loading the page again, which cancels a request in flight.
        new PendingDiscards(platform.storage(), keys, platform.serverClock())
                .flush(new WorkoutDraftApi(platform.http(), platform.serverClock()));
        return retry;
    }

    /** Sends nothing more, ever: the user it was started for is no longer signed in here. */
    public void stop() {
        stopped = true;
        cancelNextTry();
    }

    /**
     * Calls {@code listener} each time the server has acknowledged one of the outbox's workouts or edits (it has
     * left the outbox by then), until the returned task is run or this sender is stopped.
     */
    public Runnable onUploaded(Runnable listener) {
        uploadListeners.add(listener);
        return () -> uploadListeners.remove(listener);
    }

    /**
     * Keeps a finished workout in the outbox and sends it ({@code restore}: logged even if deleted elsewhere);
     * {@code done} hears this attempt and each retry until the server has said yes or no.
     */
    void log(Workout finished, boolean restore, Consumer<WorkoutLogging.Result> done) {
        String id = finished.sessionId();
        if (restore) {
            restoring.add(id);
        }
        following.put(id, done);
        logging.log(finished, restore, result -> answered(id, result));
    }

    /** Sends an edit the caller has just put in the outbox; {@code done} hears the first attempt only. */
    void send(Workout edited, Consumer<WorkoutLogging.Result> done) {
        logging.send(edited, false, result -> {
            retryIfFailed(result);
            done.accept(result);
            tellIfUploaded(result);
        });
    }

    boolean isWaiting(String sessionId) {
        return outbox.contains(sessionId);
    }

    /** The connection is back: the pauses start again from the shortest, and the outbox goes now. */
    void connectionBack() {
        failures = 0;
        sendWaiting();
    }

    void sendWaiting() {
        cancelNextTry();
        List<Workout> waiting = outbox.all();
        if (stopped || sending || waiting.isEmpty()) {
            return;
        }
        sending = true;
        // A workout deleted elsewhere stays in the outbox for the user, but is not retried by itself.
        int[] left = {waiting.size()};
        boolean[] settled = {true};
        for (Workout finished : waiting) {
            String id = finished.sessionId();
            logging.send(finished, restoring.contains(id), result -> {
                answered(id, result);
                settled[0] &= result.outcome() != WorkoutLogging.Outcome.FAILED;
                left[0]--;
                if (left[0] == 0) {
                    flushed(settled[0]);
                }
            });
        }
    }

    private void answered(String id, WorkoutLogging.Result result) {
        Consumer<WorkoutLogging.Result> follower = following.get(id);
        if (result.outcome() != WorkoutLogging.Outcome.FAILED || result.refused()) {
            following.remove(id);
        }
        if (result.saved()) {
            restoring.remove(id);
        }
        retryIfFailed(result);
        if (follower != null) {
            follower.accept(result);
        }
        tellIfUploaded(result);
    }

    // After the sender's own caller has heard the answer, so a screen that saved it knows before the listeners.
    private void tellIfUploaded(WorkoutLogging.Result result) {
        if (!result.saved() || stopped) {
            return;
        }
        for (Runnable listener : new ArrayList<>(uploadListeners)) {
            listener.run();
        }
    }

    // A failure is tried again on the schedule; one that comes while the outbox is going waits for its end.
    private void retryIfFailed(WorkoutLogging.Result result) {
        if (result.outcome() != WorkoutLogging.Outcome.FAILED || result.refused() || stopped) {
            return;
        }
        if (sending) {
            retryWanted = true;
        } else if (nextTry == null) {
            scheduleNextTry();
        }
    }

    private void flushed(boolean allSaved) {
        sending = false;
        boolean again = !allSaved || retryWanted;
        retryWanted = false;
        if (stopped) {
            return;
        }
        if (again) {
            scheduleNextTry();
        } else {
            failures = 0;
        }
    }

    private void scheduleNextTry() {
        failures++;
        nextTry = scheduler.after(Backoff.OUTBOX.pauseAfter(failures), this::sendWaiting);
    }

    private void cancelNextTry() {
        if (nextTry != null) {
            nextTry.cancel();
            nextTry = null;
        }
    }
}
