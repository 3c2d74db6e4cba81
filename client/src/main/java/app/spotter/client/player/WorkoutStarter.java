package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.StorageFullException;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Template;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;

/**
 * The Workouts screen's "Start" and "Start empty workout" (session model 2). It looks for a workout in progress
 * on this device and on the server (so one started on any device counts; when the server cannot be reached, this
 * device decides alone). None: the new workout is stored through {@link WorkoutStore} and the player opens. The
 * same template: the player resumes it. A different one: the user chooses between "Resume" (the existing
 * workout, untouched) and "Discard and Start New" (the old draft removed here and on the server).
 */
public final class WorkoutStarter {
    static final String EMPTY_NAME = "Workout";
    private final Platform platform;
    private final ConflictPrompt prompt;
    private final WorkoutStore store;
    private final WorkoutOutbox outbox;
    private final PendingDiscards discards;
    private final WorkoutDraftApi api;
    private final StampSource stamps;
    private boolean deciding;

    public WorkoutStarter(Platform platform, StorageKeys keys) {
        this(platform, keys, new ConflictModal(platform.serverClock()));
    }

    WorkoutStarter(Platform platform, StorageKeys keys, ConflictPrompt prompt) {
        this.platform = platform;
        this.prompt = prompt;
        store = new WorkoutStore(platform.storage(), keys, platform.serverClock());
        outbox = new WorkoutOutbox(platform.storage(), keys, platform.serverClock());
        discards = new PendingDiscards(platform.storage(), keys, platform.serverClock());
        api = new WorkoutDraftApi(platform.http(), platform.serverClock());
        stamps = new StampSource(DeviceNode.of(platform.storage(), platform.ids()), platform.serverClock());
    }

    /** Starts (or resumes) a workout from a template. */
    public void start(Template template) {
        begin(template.id(), template.name(), () -> SessionEdits.start(template, platform.ids().newId(),
                stamps.next(), platform.serverClock().now()));
    }

    /** Starts a workout with no exercises, built as the lifter goes. */
    public void startEmpty() {
        begin("", EMPTY_NAME, () -> SessionEdits.startEmpty(platform.ids().newId(), EMPTY_NAME, stamps.next(),
                platform.serverClock().now()));
    }

    private interface NewWorkout {
        Workout make();
    }

    private void begin(String templateId, String name, NewWorkout fresh) {
        if (deciding) {
            return;
        }
        deciding = true;
        discards.flush(api);
        api.fetch(server -> {
            deciding = false;
            decide(templateId, name, fresh, server);
        }, () -> {
            deciding = false;
            decide(templateId, name, fresh, null);
        });
    }

    private void decide(String templateId, String name, NewWorkout fresh, Workout fromServer) {
        Workout local = store.load().workout();
        if (local != null && local.isFinished()) {
            // Waiting to be logged: the outbox keeps it while a new workout takes the device's active key.
            try {
                outbox.add(local);
            } catch (StorageFullException full) {
                // It stays in the active key; the new workout below cannot be stored either and goes to the server.
            }
            local = null;
        }
        Workout server = fromServer;
        if (server != null && (server.isFinished() || discards.contains(server.sessionId())
                || outbox.contains(server.sessionId()))) {
            server = null;
        }
        Workout inProgress = inProgress(local, server);
        if (inProgress == null) {
            startNew(fresh);
        } else if (!templateId.isEmpty() && inProgress.templateId().equals(templateId)) {
            resume();
        } else {
            Workout localCopy = local;
            Workout serverCopy = server;
            prompt.ask(inProgress, name, this::resume, () -> discardAndStart(fresh, localCopy, serverCopy));
        }
    }

    // One copy each of the same workout: their merge. Two different ones: the one changed last.
    private static Workout inProgress(Workout local, Workout server) {
        if (local == null || server == null) {
            return local == null ? server : local;
        }
        if (local.sessionId().equals(server.sessionId())) {
            return WorkoutMerge.merge(local, server);
        }
        return local.latestStamp().compareTo(server.latestStamp()) >= 0 ? local : server;
    }

    private void resume() {
        platform.router().go(Route.PLAYER);
    }

    private void discardAndStart(NewWorkout fresh, Workout local, Workout server) {
        if (server != null) {
            discards.discard(server.sessionId(), api);
        }
        if (local != null) {
            if (server == null || !server.sessionId().equals(local.sessionId())) {
                discards.discard(local.sessionId(), api);
            }
            store.clear(local.sessionId());
        }
        startNew(fresh);
    }

    private void startNew(NewWorkout fresh) {
        Workout workout = fresh.make();
        try {
            store.save(workout, null, 0);
            resume();
        } catch (StorageFullException full) {
            // Nothing on the device to resume from: the server must have it before the player opens.
            api.put(workout, 0, true, answer -> resume());
        }
    }
}
