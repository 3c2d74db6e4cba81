package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Scheduler;
import app.spotter.workout.Workout;
import java.util.function.Predicate;

/**
 * Keeps the server's draft in step with the workout on this device (session model 2). Each send carries what
 * changed since the last acknowledged one ({@link DeltaTracker}); it goes every 30 seconds (the heartbeat, which
 * also brings other devices' changes back) and at once when a set is completed. One request is in flight at a
 * time; asks meanwhile coalesce into one send right after it. 412 resends the whole document at once; failures
 * retry with growing pauses ({@link Backoff#DRAFT_SYNC}). 409 waits for the user's choice, 410 stops.
 */
final class WorkoutSync {
    static final int HEARTBEAT_MILLIS = 30_000;
    private static final int CHECK_MILLIS = 1000;

    /** What the player hears back. */
    interface Listener {
        void statusChanged(SyncStatus status);

        /** The server's whole merged copy: merge it in (it may carry another device's changes). */
        void serverCopy(Workout merged);

        void conflict(Workout other);

        /** Logged elsewhere ({@code logged} non-null), or deleted / discarded ({@code reason}). */
        void gone(Workout logged, String reason);
    }

    private final WorkoutDraftApi api;
    private final Clock deviceClock;
    private final Scheduler scheduler;
    private final Predicate<String> settledHere;
    private final Listener listener;
    private final DeltaTracker tracker = new DeltaTracker();
    private Workout latest;
    private Scheduler.Cancellable ticker;
    private Scheduler.Cancellable soon;
    private boolean inFlight;
    private boolean urgent;
    private boolean replace;
    private boolean waitingForChoice;
    private long nextDueAt;
    private int failures;

    WorkoutSync(WorkoutDraftApi api, Clock deviceClock, Scheduler scheduler, Predicate<String> settledHere,
                Listener listener) {
        this.api = api;
        this.deviceClock = deviceClock;
        this.scheduler = scheduler;
        this.settledHere = settledHere;
        this.listener = listener;
    }

    /** The watermark and revision to keep next to the document, so a reload sends a delta, not everything. */
    DeltaTracker tracker() {
        return tracker;
    }

    /** Starts the heartbeat for this workout (first beat in 30 s) without sending anything yet. */
    void start(Workout workout) {
        latest = workout;
        if (ticker == null) {
            nextDueAt = deviceClock.now() + HEARTBEAT_MILLIS;
            ticker = scheduler.every(CHECK_MILLIS, this::beat);
        }
    }

    /** Records the newest state; the next heartbeat carries it. */
    void changed(Workout workout) {
        latest = workout;
    }

    /** Sends now (a set was completed), or right after the request in flight. */
    void syncNow(Workout workout) {
        start(workout);
        latest = workout;
        if (!waitingForChoice) {
            if (inFlight) {
                urgent = true;
            } else {
                send();
            }
        }
    }

    /**
     * Sends as {@link #syncNow} does once the task at hand (a tap) is over: the browser shows the change first, and
     * the request's work (the delta, its JSON, the send) comes after it. Asks meanwhile coalesce into that send.
     */
    void syncSoon(Workout workout) {
        start(workout);
        latest = workout;
        if (soon == null) {
            soon = scheduler.after(0, () -> {
                soon = null;
                if (ticker != null) {
                    syncNow(latest);
                }
            });
        }
    }

    /** The user keeps this workout over the different one on the server. */
    void replaceServerDraft(Workout workout) {
        replace = true;
        waitingForChoice = false;
        tracker.reset(workout.sessionId());
        syncNow(workout);
    }

    /** The user picked the server's workout instead: sync that one from now on. */
    void switchTo(Workout workout) {
        replace = false;
        waitingForChoice = false;
        tracker.reset(workout.sessionId());
        syncNow(workout);
    }

    void stop() {
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
        if (soon != null) {
            soon.cancel();
            soon = null;
        }
        urgent = false;
    }

    private void beat() {
        if (!inFlight && !waitingForChoice && deviceClock.now() >= nextDueAt) {
            send();
        }
    }

    private void send() {
        inFlight = true;
        urgent = false;
        nextDueAt = deviceClock.now() + HEARTBEAT_MILLIS;
        listener.statusChanged(SyncStatus.SAVING);
        api.put(tracker.payload(latest), tracker.baseRevision(), replace, this::answered);
    }

    private void answered(WorkoutDraftApi.Answer answer) {
        inFlight = false;
        if (ticker == null) {
            return;
        }
        switch (answer.kind()) {
            case SAVED:
                failures = 0;
                replace = false;
                tracker.acknowledged(answer.revision());
                listener.statusChanged(SyncStatus.SYNCED);
                if (answer.draft() != null) {
                    listener.serverCopy(answer.draft());
                }
                break;
            case NO_COPY:
                tracker.serverHasNoCopy();
                send();
                return;
            case CONFLICT:
                if (!replace && settledHere.test(answer.draft().sessionId())) {
                    replace = true;
                    tracker.reset(latest.sessionId());
                    send();
                    return;
                }
                waitingForChoice = true;
                listener.statusChanged(SyncStatus.OFFLINE);
                listener.conflict(answer.draft());
                return;
            case GONE:
                stop();
                listener.gone(answer.draft(), answer.reason());
                return;
            default:
                failures++;
                nextDueAt = deviceClock.now() + Backoff.DRAFT_SYNC.pauseAfter(failures);
                listener.statusChanged(SyncStatus.OFFLINE);
                return;
        }
        if (urgent && ticker != null) {
            send();
        }
    }
}
