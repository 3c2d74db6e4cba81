package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.platform.Platform;
import app.spotter.client.platform.StorageFullException;
import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;
import app.spotter.templates.WorkoutTemplate;

/**
 * The templates list's "Start" button. It looks for a session in progress on this device and on the server (so
 * one started on any device counts; when the server cannot be reached, this device decides alone). None: a new
 * session starts. The same template: the player resumes it. A different one: the user chooses between "Resume"
 * (the existing session, untouched) and "Discard and Start New" (the old draft removed here and on the server).
 */
public final class WorkoutStarter {
    private final Platform platform;
    private final ConflictPrompt prompt;
    private final LocalSessionStore store;
    private final Outbox outbox;
    private final PendingDiscards discards;
    private final DraftApi api;
    private boolean deciding;

    public WorkoutStarter(Platform platform, StorageKeys keys) {
        this(platform, keys, new ConflictModal(platform.serverClock()));
    }

    WorkoutStarter(Platform platform, StorageKeys keys, ConflictPrompt prompt) {
        this.platform = platform;
        this.prompt = prompt;
        store = new LocalSessionStore(platform.storage(), keys, platform.serverClock());
        outbox = new Outbox(platform.storage(), keys, platform.clock());
        discards = new PendingDiscards(platform.storage(), keys, platform.clock());
        api = new DraftApi(platform.http(), platform.serverClock());
    }

    public void start(WorkoutTemplate template) {
        if (deciding) {
            return;
        }
        deciding = true;
        new LoggingService(platform.http(), outbox, store).flushOutbox();
        discards.flush(api);
        api.fetch(answer -> {
            deciding = false;
            decide(template, answer);
        });
    }

    private void decide(WorkoutTemplate template, DraftAnswer answer) {
        WorkoutSession local = store.load().session();
        if (local != null && local.isFinished()) {
            // Waiting to be saved: the outbox keeps it while a new session takes the device's active key.
            try {
                outbox.add(local);
            } catch (StorageFullException full) {
                // It stays in the active key; the new session below cannot be stored either and goes to the server.
            }
            local = null;
        }
        WorkoutSession server = answer.kind() == DraftAnswer.Kind.DRAFT ? answer.draft() : null;
        if (server != null && (server.isFinished() || discards.contains(server.sessionId())
                || outbox.contains(server.sessionId()))) {
            server = null;
        }
        WorkoutSession inProgress = DraftMerge.choose(local, server);
        if (inProgress == null) {
            startNew(template);
        } else if (inProgress.templateId().equals(template.id())) {
            resume();
        } else {
            WorkoutSession localCopy = local;
            WorkoutSession serverCopy = server;
            prompt.ask(inProgress, template, this::resume, () -> discardAndStart(template, localCopy, serverCopy));
        }
    }

    private void resume() {
        platform.router().go(Route.PLAYER);
    }

    private void discardAndStart(WorkoutTemplate template, WorkoutSession local, WorkoutSession server) {
        if (server != null) {
            discards.discard(server.sessionId(), api);
        }
        if (local != null) {
            if (server == null || !server.sessionId().equals(local.sessionId())) {
                discards.discard(local.sessionId(), api);
            }
            store.clear(local.sessionId());
        }
        startNew(template);
    }

    private void startNew(WorkoutTemplate template) {
        WorkoutSession session = WorkoutSession.start(template, platform.ids().newId(),
                platform.serverClock().now());
        try {
            store.save(session);
            resume();
        } catch (StorageFullException full) {
            // Nothing on the device to resume from: the server must have it before the player opens.
            api.put(session, true, answer -> resume());
        }
    }
}
