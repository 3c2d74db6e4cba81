package app.spotter.client.player;

import app.spotter.client.platform.Platform;
import app.spotter.client.platform.StorageFullException;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.function.UnaryOperator;

/**
 * The live workout player on session model 2 (not yet the one on screen: it takes over from
 * {@link PlayerController} once the server speaks wire format 2). It owns the workout on this device: every change
 * is a model operation stamped by this device's {@link StampSource}, written to the device's storage with the sync
 * position, and only then shown; the server follows through {@link WorkoutSync}, at once when a set is completed.
 * Edits live in {@link WorkoutEdits}, finishing in {@link WorkoutFinish}.
 */
public final class WorkoutPlayer implements WorkoutSync.Listener {
    final Platform platform;
    final WorkoutStore store;
    final WorkoutOutbox outbox;
    final PendingDiscards discards;
    final WorkoutDraftApi api;
    final WorkoutSync sync;
    final StampSource stamps;
    private final WorkoutEdits edits = new WorkoutEdits(this);
    private final WorkoutFinish finishing = new WorkoutFinish(this);
    private LiveState state = LiveState.LOADING;
    private Runnable redraw = () -> { };

    public WorkoutPlayer(Platform platform, StorageKeys keys) {
        this.platform = platform;
        store = new WorkoutStore(platform.storage(), keys, platform.serverClock());
        outbox = new WorkoutOutbox(platform.storage(), keys, platform.serverClock());
        discards = new PendingDiscards(platform.storage(), keys, platform.serverClock());
        api = new WorkoutDraftApi(platform.http(), platform.serverClock());
        sync = new WorkoutSync(api, platform.clock(), platform.scheduler(),
                id -> discards.contains(id) || outbox.contains(id), this);
        stamps = new StampSource(DeviceNode.of(platform.storage(), platform.ids()), platform.serverClock());
    }

    LiveState state() {
        return state;
    }

    WorkoutEdits edits() {
        return edits;
    }

    WorkoutFinish finishing() {
        return finishing;
    }

    /** Server time now: every time recorded or shown. */
    long now() {
        return platform.serverClock().now();
    }

    /** Opens the player on the device's copy (a schema-1 one upgraded), picking up the sync where it stopped. */
    void mount(Runnable onChange) {
        redraw = onChange;
        WorkoutStore.Loaded loaded = store.load();
        if (loaded.hadUnreadable()) {
            state = state.withNotice("A workout saved on this device could not be read. It is kept under "
                    + loaded.backupKey() + ".");
        }
        Workout workout = loaded.workout();
        if (workout == null) {
            state = state.showing(PlayerState.Phase.EMPTY, null);
        } else {
            sync.tracker().restore(workout.sessionId(), loaded.watermark(), loaded.baseRevision());
            show(workout);
            if (!workout.isFinished()) {
                sync.syncNow(workout);
            }
        }
        redraw.run();
        api.fetch(this::serverAnswered, () -> update(s -> s.withSyncStatus(SyncStatus.OFFLINE)));
    }

    // The server's draft at mount: another device's changes to this workout merged in, or a workout started
    // elsewhere shown when this device has none. A different one waits for the sync's 409 and the user's choice.
    private void serverAnswered(Workout server) {
        Workout local = state.workout();
        if (server == null || server.isFinished() || discards.contains(server.sessionId())
                || outbox.contains(server.sessionId())) {
            return;
        }
        if (local == null) {
            if (state.phase() == PlayerState.Phase.EMPTY) {
                persist(server);
                show(server);
                redraw.run();
            }
        } else if (local.sessionId().equals(server.sessionId()) && !local.isFinished()) {
            serverCopy(server);
        }
    }

    void unmount() {
        sync.stop();
        redraw = () -> { };
    }

    void update(UnaryOperator<LiveState> change) {
        state = change.apply(state);
        redraw.run();
    }

    /** A new stamp for a change made now. */
    Stamp stamp() {
        return stamps.next();
    }

    /** Stores a new state of the workout, then shows it; a set completion is synced at once. */
    void commit(Workout next, boolean syncNow) {
        boolean stored = persist(next);
        state = state.withWorkout(next);
        if (syncNow || !stored) {
            sync.syncNow(next);
        } else {
            sync.changed(next);
        }
        redraw.run();
    }

    boolean persist(Workout workout) {
        try {
            store.save(workout, sync.tracker().watermark(), sync.tracker().baseRevision());
            return true;
        } catch (StorageFullException full) {
            state = state.withNotice(full.getMessage() + ". It is kept on the server while the connection holds.");
            return false;
        }
    }

    void show(Workout workout) {
        stamps.saw(workout);
        state = state.showing(workout.isFinished() ? PlayerState.Phase.SUMMARY : PlayerState.Phase.ACTIVE, workout);
        if (!workout.isFinished()) {
            sync.start(workout);
        }
    }

    @Override
    public void statusChanged(SyncStatus status) {
        state = state.withSyncStatus(status);
        if (status == SyncStatus.SYNCED && state.phase() == PlayerState.Phase.ACTIVE) {
            // The acknowledged watermark is kept with the workout, so a reload sends only what came after it.
            persist(state.workout());
        }
        redraw.run();
    }

    /** Another device's changes, merged: the merge keeps every local change made while the request was out. */
    @Override
    public void serverCopy(Workout merged) {
        Workout current = state.workout();
        if (state.phase() != PlayerState.Phase.ACTIVE || !current.sessionId().equals(merged.sessionId())) {
            return;
        }
        stamps.saw(merged);
        Workout next = WorkoutMerge.merge(current, merged);
        if (!next.equals(current)) {
            persist(next);
            state = state.withWorkout(next);
            sync.changed(next);
            redraw.run();
        }
    }

    @Override
    public void conflict(Workout other) {
        update(s -> s.withConflict(other));
    }

    /** Logged on another device (merged into the log by the server when this device's copy is sent there), or
     * deleted / discarded: the copy here is kept under a backup key and the user is told. */
    @Override
    public void gone(Workout logged, String reason) {
        Workout copy = state.workout();
        if (copy == null) {
            return;
        }
        if (logged != null) {
            finishing.addToLogged(copy);
            return;
        }
        String key = store.keepAside(copy);
        store.clear(copy.sessionId());
        String why = reason.isEmpty() ? "finished or discarded" : reason;
        update(s -> s.showing(PlayerState.Phase.EMPTY, null).withNotice("\"" + copy.nameValue() + "\" was " + why
                + " on another device. This device's copy is kept under " + key + "."));
    }
}
