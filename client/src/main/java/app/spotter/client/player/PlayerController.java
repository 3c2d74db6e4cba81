package app.spotter.client.player;

import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Scheduler;
import app.spotter.client.platform.StorageFullException;
import java.util.function.UnaryOperator;
import app.spotter.session.WorkoutSession;

/**
 * The live workout player. It owns the session on this device: every change goes through the shared model, is
 * written to the device's storage, and only then shown; the server draft follows through {@link DraftSync}. On
 * mount it shows the device's copy at once and merges in the server's when it answers ({@link Hydration}).
 * Editing actions live in {@link PlayerActions}, finishing and discarding in {@link FinishFlow}.
 */
public final class PlayerController {
    private static final int TICK_MILLIS = 1000;
    private static final int REST_OVER_VIBRATION_MILLIS = 600;

    /** The view: redraw the whole screen, or refresh only the live parts (timers, sync status). */
    public interface Listener {
        void redraw();

        void refresh();
    }

    final Platform platform;
    private PlayerState state = PlayerState.LOADING;
    final LocalSessionStore store;
    final Outbox outbox;
    final PendingDiscards discards;
    final DraftApi api;
    final DraftSync sync;
    final LoggingService logging;
    private final PlayerActions actions;
    private final FinishFlow finishing;
    private final LateChangesOffer lateChanges = new LateChangesOffer(this);
    private Listener listener;
    private Scheduler.Cancellable ticker;
    private long restAlertedFor;
    private String lastTimeFor = "";

    public PlayerController(Platform platform, StorageKeys keys) {
        this.platform = platform;
        store = new LocalSessionStore(platform.storage(), keys, platform.serverClock());
        outbox = new Outbox(platform.storage(), keys, platform.clock());
        discards = new PendingDiscards(platform.storage(), keys, platform.clock());
        api = new DraftApi(platform.http(), platform.serverClock());
        sync = new DraftSync(api, platform.clock(), platform.scheduler(), this::settledHere, new SyncEvents(this));
        logging = new LoggingService(platform.http(), outbox, store);
        actions = new PlayerActions(this);
        finishing = new FinishFlow(this);
    }

    /** The current state: an immutable snapshot. */
    public PlayerState state() {
        return state;
    }

    /** The one place the player's state changes; helpers hand in the change, the controller applies it. */
    void update(UnaryOperator<PlayerState> change) {
        state = change.apply(state);
    }

    public PlayerActions actions() {
        return actions;
    }

    public FinishFlow finishing() {
        return finishing;
    }

    /** Sets this device changed in a workout that another device finished meanwhile, waiting for the user. */
    public LateChangesOffer lateChanges() {
        return lateChanges;
    }

    /** Server time now (device clock corrected by the measured offset): every time recorded or shown. */
    public long now() {
        return platform.serverClock().now();
    }

    /** Opens the player: local copy now, server copy when it answers, timers running. */
    public void mount(Listener view) {
        listener = view;
        LocalSessionStore.Loaded loaded = store.load();
        if (loaded.hadUnreadable()) {
            state = state.withNotice("A workout saved on this device could not be read. It is kept under "
                    + loaded.backupKey() + "; looking for the server's copy.");
        }
        if (loaded.session() != null) {
            show(loaded.session());
        }
        redraw();
        api.fetch(this::serverAnswered);
        discards.flush(api);
        logging.flushOutbox();
        ticker = platform.scheduler().every(TICK_MILLIS, this::tick);
    }

    /** Leaves the player: timers stop, nothing stored is cleared. */
    public void unmount() {
        listener = null;
        if (ticker != null) {
            ticker.cancel();
        }
        sync.stop();
        finishing.stop();
    }

    boolean mounted() {
        return listener != null;
    }

    boolean settledHere(String sessionId) {
        return discards.contains(sessionId) || outbox.contains(sessionId);
    }

    void redraw() {
        if (listener != null) {
            listener.redraw();
        }
    }

    /** Stores a new state of the session, then shows it; the server follows now or with the next heartbeat. */
    void commit(WorkoutSession next, boolean syncNow) {
        state = state.withEditError(null);
        boolean stored = persist(next);
        state = state.withSession(next);
        if (syncNow || !stored) {
            sync.syncDraftSession(next);
        } else {
            sync.changed(next);
        }
        redraw();
    }

    boolean persist(WorkoutSession session) {
        try {
            store.save(session);
            return true;
        } catch (StorageFullException full) {
            state = state.withNotice(full.getMessage() + ". It is kept on the server while the connection holds.");
            return false;
        }
    }

    /** Makes a session the one on screen, as found (loaded or merged). */
    void show(WorkoutSession session) {
        state = state.withSession(session);
        long now = now();
        restAlertedFor = session.restEndsAt() > 0 && session.restEndsAt() <= now ? session.restEndsAt() : 0;
        if (session.isFinished()) {
            state = state.withPhase(PlayerState.Phase.SUMMARY);
            finishing.log(session);
        } else {
            state = state.withPhase(PlayerState.Phase.ACTIVE);
            sync.start(session);
            fetchLastTime(session);
        }
    }

    // Once per session shown: a session merged in from the server may have other exercises than the local one.
    private void fetchLastTime(WorkoutSession session) {
        if (session.sessionId().equals(lastTimeFor)) {
            return;
        }
        lastTimeFor = session.sessionId();
        LastTime.fetch(platform.http(), session, lastTime -> {
            // A first workout has no last time: no redraw, so nothing on screen moves for nothing.
            if (mounted() && session.sessionId().equals(lastTimeFor) && !lastTime.isEmpty()) {
                state = state.withLastTime(lastTime);
                redraw();
            }
        });
    }

    private void serverAnswered(DraftAnswer answer) {
        if (!mounted()) {
            return;
        }
        Hydration.Outcome outcome = Hydration.decide(state.session(), answer, this::settledHere);
        if (outcome.displaced() != null) {
            state = state.withNotice("A different workout was newer on the server. This device's copy of \""
                    + outcome.displaced().name() + "\" is kept under " + store.keepAside(outcome.displaced()) + ".");
        }
        WorkoutSession chosen = outcome.session();
        if (chosen == null) {
            state = state.withPhase(PlayerState.Phase.EMPTY);
            if (outcome.serverUnreachable()) {
                state = state.withSyncStatus(SyncStatus.OFFLINE).withNotice("The server cannot be reached, so a "
                        + "workout started on another device cannot be shown yet.");
            }
        } else if (!chosen.isFinished()) {
            if (!chosen.equals(state.session())) {
                persist(chosen);
                show(chosen);
            }
            if (outcome.serverUnreachable()) {
                state = state.withSyncStatus(SyncStatus.OFFLINE);
            } else {
                sync.syncDraftSession(chosen);
            }
        }
        redraw();
    }

    void refresh() {
        if (listener != null) {
            listener.refresh();
        }
    }

    private void tick() {
        WorkoutSession session = state.session();
        if (state.phase() == PlayerState.Phase.ACTIVE && session.restEndsAt() > 0
                && session.restEndsAt() <= now() && restAlertedFor != session.restEndsAt()) {
            restAlertedFor = session.restEndsAt();
            platform.device().vibrate(REST_OVER_VIBRATION_MILLIS);
        }
        refresh();
    }
}
