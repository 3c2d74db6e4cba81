package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Scheduler;
import app.spotter.session.WorkoutSession;
import java.util.function.Predicate;

/**
 * The specification's {@code syncDraftSession}: keeps the server's draft in step with the session on this device.
 * It sends the newest state when 30 seconds have passed since the last sync and at once when asked (a set was
 * completed). One request is in flight at a time; asks that arrive meanwhile coalesce into one send of the newest
 * state right after it. Failures are retried with growing pauses and reported as {@link SyncStatus#OFFLINE}.
 */
public final class DraftSync {
    static final int HEARTBEAT_MILLIS = 30_000;
    private static final int CHECK_MILLIS = 1000;
    private static final int[] RETRY_MILLIS = {2000, 5000, 10_000, 20_000, 30_000};

    /** What the player hears back. */
    public interface Listener {
        void statusChanged(SyncStatus status);

        /** The server's merged copy of this session (merge it in; it may carry another device's changes). */
        void serverCopy(WorkoutSession merged);

        /** A different session is active on the server; syncing waits until {@link #replaceServerDraft} or
         * {@link #switchTo}. */
        void conflict(WorkoutSession other);

        /** The server says this session was already finished or discarded; syncing has stopped. {@code logged} is
         * the workout as logged when it was finished elsewhere, null when it was discarded. */
        void gone(WorkoutSession logged);
    }

    private final DraftApi api;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Predicate<String> settledHere;
    private final Listener listener;
    private WorkoutSession latest;
    private Scheduler.Cancellable ticker;
    private boolean inFlight;
    private boolean urgent;
    private boolean replace;
    private boolean waitingForChoice;
    private long nextDueAt;
    private int failures;

    /** {@code settledHere} tells which session ids this device finished or discarded: a conflicting server draft
     * with such an id is stale and is replaced without asking. */
    public DraftSync(DraftApi api, Clock clock, Scheduler scheduler, Predicate<String> settledHere,
                     Listener listener) {
        this.api = api;
        this.clock = clock;
        this.scheduler = scheduler;
        this.settledHere = settledHere;
        this.listener = listener;
    }

    /** Starts the heartbeat for this session (the first beat 30 s from now) without sending anything yet. */
    public void start(WorkoutSession session) {
        latest = session;
        if (ticker == null) {
            nextDueAt = clock.now() + HEARTBEAT_MILLIS;
            ticker = scheduler.every(CHECK_MILLIS, this::beat);
        }
    }

    /** Records the newest state; the next heartbeat carries it. */
    public void changed(WorkoutSession session) {
        latest = session;
    }

    /** Sends the newest state now, or right after the request in flight. While a conflict waits for the user's
     * choice, the state is only recorded. */
    public void syncDraftSession(WorkoutSession session) {
        start(session);
        latest = session;
        if (!waitingForChoice) {
            sendSoon();
        }
    }

    /** The user chose to keep this session over the different one on the server. */
    public void replaceServerDraft(WorkoutSession session) {
        replace = true;
        waitingForChoice = false;
        syncDraftSession(session);
    }

    /** The user chose the server's session instead: sync that one from now on. */
    public void switchTo(WorkoutSession session) {
        replace = false;
        waitingForChoice = false;
        syncDraftSession(session);
    }

    /** Stops syncing (finish, discard, leaving the player); an answer still under way is ignored. */
    public void stop() {
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
        urgent = false;
    }

    private boolean running() {
        return ticker != null;
    }

    private void sendSoon() {
        if (inFlight) {
            urgent = true;
        } else {
            send();
        }
    }

    private void beat() {
        if (!inFlight && !waitingForChoice && clock.now() >= nextDueAt) {
            send();
        }
    }

    private void send() {
        inFlight = true;
        urgent = false;
        // Due again 30 s after this send unless a failure brings the retry closer.
        nextDueAt = clock.now() + HEARTBEAT_MILLIS;
        listener.statusChanged(SyncStatus.SAVING);
        api.put(latest, replace, this::answered);
    }

    private void answered(DraftAnswer answer) {
        inFlight = false;
        if (!running()) {
            return;
        }
        switch (answer.kind()) {
            case DRAFT:
                failures = 0;
                replace = false;
                listener.statusChanged(SyncStatus.SYNCED);
                if (answer.draft() != null) {
                    listener.serverCopy(answer.draft());
                }
                break;
            case CONFLICT:
                if (!replace && settledHere.test(answer.draft().sessionId())) {
                    replace = true;
                    send();
                    return;
                }
                waitingForChoice = true;
                listener.statusChanged(SyncStatus.OFFLINE);
                listener.conflict(answer.draft());
                return;
            case GONE:
                stop();
                listener.gone(answer.draft());
                return;
            default:
                nextDueAt = clock.now() + RETRY_MILLIS[Math.min(failures, RETRY_MILLIS.length - 1)];
                failures++;
                listener.statusChanged(SyncStatus.OFFLINE);
                return;
        }
        if (urgent && running()) {
            send();
        }
    }
}
