package app.spotter.client.player;

import app.spotter.client.platform.GymFloor;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.Scheduler;
import app.spotter.client.platform.StorageFullException;
import app.spotter.client.settings.GymSettings;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.function.UnaryOperator;

/**
 * The live workout player (session model 2). It owns the workout on this device: every change is a model
 * operation stamped by this device's {@link StampSource}, written to the device's storage with the sync position,
 * and only then shown; the server follows through {@link WorkoutSync}, at once when a set is completed. Edits live
 * in {@link WorkoutEdits}, finishing in {@link WorkoutFinish}, the answers to its questions in
 * {@link WorkoutChoices}, rest-end signals and keeping the screen awake in {@link RestAlerts}. The view gets
 * {@link #state()} read-only.
 */
public final class WorkoutPlayer implements WorkoutSync.Listener {
    private static final int TICK_MILLIS = 1000;
    /** How long a device with no copy of its own shows "Loading" while the server's draft is on its way. */
    static final int SERVER_WAIT_MILLIS = 2000;

    /** The view: redraw the whole screen, or refresh only the live parts (timers, sync status). */
    interface Screen {
        void redraw();

        void refresh();
    }

    private static final Screen NO_SCREEN = new Screen() {
        @Override
        public void redraw() {
        }

        @Override
        public void refresh() {
        }
    };

    final Platform platform;
    private final StorageKeys keys;
    final WorkoutStore store;
    final WorkoutOutbox outbox;
    final PendingDiscards discards;
    final WorkoutDraftApi api;
    final WorkoutSync sync;
    final OutboxRetry outboxRetry;
    final StampSource stamps;
    private final WorkoutEdits edits = new WorkoutEdits(this);
    private final WorkoutFinish finishing = new WorkoutFinish(this);
    private final WorkoutChoices choices = new WorkoutChoices(this);
    private final RestAlerts alerts;
    private LiveState state = LiveState.LOADING;
    private Screen screen = NO_SCREEN;
    private Scheduler.Cancellable ticker;
    private Scheduler.Cancellable serverWait;
    private boolean wasOnline = true;
    private String lastTimeFor = "";

    /** @param outboxRetry the sender of this user's outbox, which logs the finished workout */
    public WorkoutPlayer(Platform platform, StorageKeys keys, GymFloor floor, OutboxRetry outboxRetry) {
        this.platform = platform;
        this.keys = keys;
        alerts = new RestAlerts(this, floor, new GymSettings(platform.storage()));
        store = new WorkoutStore(platform.storage(), keys, platform.serverClock());
        outbox = new WorkoutOutbox(platform.storage(), keys, platform.serverClock());
        discards = new PendingDiscards(platform.storage(), keys, platform.serverClock());
        api = new WorkoutDraftApi(platform.http(), platform.serverClock());
        this.outboxRetry = outboxRetry;
        sync = new WorkoutSync(api, platform.clock(), platform.scheduler(),
                id -> discards.contains(id) || outbox.contains(id), this);
        stamps = StampSource.ofDevice(platform);
    }

    /** The current state: an immutable snapshot. */
    LiveState state() {
        return state;
    }

    StorageKeys keys() {
        return keys;
    }

    WorkoutEdits edits() {
        return edits;
    }

    WorkoutFinish finishing() {
        return finishing;
    }

    WorkoutChoices choices() {
        return choices;
    }

    RestAlerts alerts() {
        return alerts;
    }

    /** Server time now: every time recorded or shown. */
    long now() {
        return platform.serverClock().now();
    }

    boolean mounted() {
        return screen != NO_SCREEN;
    }

    /** Opens the player on the device's copy (a schema-1 one upgraded), picking up the sync where it stopped. */
    void mount(Screen view) {
        screen = view;
        WorkoutStore.Loaded loaded = store.load();
        if (loaded.hadUnreadable()) {
            state = state.withNotice("A workout saved on this device could not be read. It is kept under "
                    + loaded.backupKey() + ".");
        }
        Workout workout = loaded.workout();
        if (workout == null) {
            // Nothing here, but a workout may be running on another device: "Loading" until the server answers,
            // instead of an empty screen that turns into the workout a moment later. In a gym without signal the
            // empty screen, and its buttons to start one, come after a short wait.
            state = state.showing(LiveState.Phase.LOADING, null);
            serverWait = platform.scheduler().after(SERVER_WAIT_MILLIS, this::stopWaitingForServer);
        } else {
            sync.tracker().restore(workout.sessionId(), loaded.watermark(), loaded.baseRevision());
            show(workout);
            if (workout.isFinished()) {
                finishing.log(workout);
            } else {
                sync.syncNow(workout);
            }
        }
        redraw();
        api.fetch(this::serverAnswered, () -> {
            stopWaitingForServer();
            update(s -> s.withSyncStatus(SyncStatus.OFFLINE));
        });
        discards.flush(api);
        outboxRetry.sendWaiting();
        wasOnline = platform.device().online();
        ticker = platform.scheduler().every(TICK_MILLIS, this::tick);
    }

    /** Leaves the player: timers stop and the screen may sleep; nothing stored is cleared. */
    void unmount() {
        cancelServerWait();
        sync.stop();
        alerts.stop();
        if (ticker != null) {
            ticker.cancel();
            ticker = null;
        }
        screen = NO_SCREEN;
    }

    // The server's draft at mount: another device's changes to this workout merged in, or a workout started
    // elsewhere shown when this device has none. A different one waits for the sync's 409 and the user's choice.
    private void serverAnswered(Workout server) {
        Workout local = state.workout();
        if (server == null || server.isFinished() || discards.contains(server.sessionId())
                || outbox.contains(server.sessionId())) {
            stopWaitingForServer();
            return;
        }
        if (local == null) {
            // Drawn in a task after the one that read it: on a slow phone neither holds the page for long.
            platform.scheduler().after(0, () -> openServerCopy(server));
        } else if (local.sessionId().equals(server.sessionId()) && !local.isFinished()) {
            serverCopy(server);
        }
    }

    // The server's workout on a device that has none (a new phone, a cleared browser): shown first, then kept on the
    // device once it is on screen. It is the server's copy already, so nothing is at risk in the frame between, the
    // page shows it sooner, and it is not sent back: the next sync carries only what changes here. A tap in that
    // frame has stored and synced a newer copy itself; a workout started here meanwhile stays, and the sync's 409
    // asks which one to keep.
    private void openServerCopy(Workout server) {
        boolean waiting = state.phase() == LiveState.Phase.LOADING || state.phase() == LiveState.Phase.EMPTY;
        if (state.workout() != null || !waiting) {
            return;
        }
        cancelServerWait();
        sync.tracker().openedFromServer(server);
        show(server);
        redraw();
        platform.scheduler().afterPaint(() -> {
            if (state.workout() == server) {
                // In step with the server: kept on the device with that position, and said on screen.
                statusChanged(SyncStatus.SYNCED);
            }
        });
    }

    // The server has answered without a workout for this device, cannot be reached, or is taking too long.
    private void stopWaitingForServer() {
        cancelServerWait();
        if (state.phase() == LiveState.Phase.LOADING) {
            update(s -> s.showing(LiveState.Phase.EMPTY, null));
        }
    }

    private void cancelServerWait() {
        if (serverWait != null) {
            serverWait.cancel();
            serverWait = null;
        }
    }

    /** The one place the state changes; helpers hand in the change, the player applies it and redraws. */
    void update(UnaryOperator<LiveState> change) {
        state = change.apply(state);
        redraw();
    }

    // Every redraw follows the state on the device too: the screen is kept awake exactly while a workout is active.
    private void redraw() {
        if (mounted()) {
            alerts.follow(state);
        }
        screen.redraw();
    }

    /** A new stamp for a change made now. */
    Stamp stamp() {
        return stamps.next();
    }

    /** Stores a new state of the workout, then shows it; a set completion is synced at once. */
    void commit(Workout next, boolean syncNow) {
        boolean stored = persist(next);
        Workout before = state.workout();
        state = state.withWorkout(next);
        if (alerts.changed(before, next, now())) {
            state = state.withNotificationQuestion(true);
        }
        if (finishing.restoring()) {
            // Deleted or discarded on the server, kept here by the user: the server takes it only as a log.
            redraw();
            return;
        }
        if (syncNow || !stored) {
            sync.syncSoon(next);
        } else {
            sync.changed(next);
        }
        redraw();
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

    /** Makes a workout the one on screen, as found (loaded, merged or chosen). */
    void show(Workout workout) {
        stamps.saw(workout);
        alerts.seen(workout, now());
        state = state.showing(workout.isFinished() ? LiveState.Phase.SUMMARY : LiveState.Phase.ACTIVE, workout);
        if (!workout.isFinished()) {
            sync.start(workout);
            fetchLastTime(workout);
        }
    }

    /** No workout on screen any more. */
    void empty(String notice) {
        sync.stop();
        update(s -> s.asking(null).showing(LiveState.Phase.EMPTY, null).withNotice(notice));
    }

    // Once per workout shown; a first workout has no last time, and then nothing on screen moves for nothing.
    private void fetchLastTime(Workout workout) {
        if (workout.sessionId().equals(lastTimeFor) || workout.visibleExercises().isEmpty()) {
            return;
        }
        lastTimeFor = workout.sessionId();
        LastTime.fetch(platform.http(), workout, lastTime -> {
            if (mounted() && !lastTime.isEmpty() && state.workout() != null
                    && workout.sessionId().equals(state.workout().sessionId())) {
                update(s -> s.withLastTime(lastTime));
            }
        });
    }

    @Override
    public void statusChanged(SyncStatus status) {
        state = state.withSyncStatus(status);
        if (status == SyncStatus.SYNCED && state.phase() == LiveState.Phase.ACTIVE) {
            // The acknowledged watermark is kept with the workout, so a reload sends only what came after it.
            persist(state.workout());
        }
        screen.refresh();
    }

    /** Another device's changes, merged: the merge keeps every local change made while the request was out. */
    @Override
    public void serverCopy(Workout merged) {
        Workout current = state.workout();
        if (state.phase() != LiveState.Phase.ACTIVE || !current.sessionId().equals(merged.sessionId())) {
            return;
        }
        stamps.saw(merged);
        Workout next = WorkoutMerge.merge(current, merged);
        if (!next.equals(current)) {
            persist(next);
            state = state.withWorkout(next);
            sync.changed(next);
            fetchLastTime(next);
            redraw();
        }
    }

    @Override
    public void conflict(Workout other) {
        update(s -> s.asking(new Question(Question.Kind.CONFLICT, "\"" + other.nameValue() + "\" was started on "
                + "another device. Which one do you want to keep?", other)));
    }

    /** Logged on another device: the user may add this device's copy to the log. Deleted or discarded: the user
     * may keep it here and log it anyway, or drop it. */
    @Override
    public void gone(Workout logged, String reason) {
        Workout copy = state.workout();
        if (copy == null) {
            return;
        }
        if (logged != null) {
            update(s -> s.asking(new Question(Question.Kind.ADD_TO_LOGGED, "\"" + copy.nameValue() + "\" was "
                    + "finished on another device. Add what this device has to the logged workout?", logged)));
        } else {
            String why = reason.isEmpty() ? "deleted" : reason;
            update(s -> s.withSyncStatus(SyncStatus.OFFLINE).asking(Question.of(Question.Kind.RESTORE, "\""
                    + copy.nameValue() + "\" was " + why + " on another device. Keep it and log it when you "
                    + "finish, or drop it?")));
        }
    }

    private void tick() {
        Workout workout = state.workout();
        if (state.phase() == LiveState.Phase.ACTIVE && workout != null) {
            alerts.check(workout, now());
        }
        alerts.follow(state);
        boolean online = platform.device().online();
        if (online && !wasOnline) {
            connectionBack();
        }
        wasOnline = online;
        finishing.checkOutbox();
        screen.refresh();
    }

    // Back online: what changed while offline goes now, not at the next retry.
    private void connectionBack() {
        if (state.phase() == LiveState.Phase.ACTIVE && !state.isAsking(Question.Kind.RESTORE)) {
            sync.syncNow(state.workout());
        } else if (state.phase() == LiveState.Phase.SUMMARY) {
            finishing.retryLog();
        }
    }
}
