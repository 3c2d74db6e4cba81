package app.spotter.client.player;

import app.spotter.client.platform.Platform;
import app.spotter.client.platform.StorageFullException;
import app.spotter.validation.FieldError;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutMerge;
import java.util.function.Consumer;

/**
 * Saves an edit of a logged workout the way the player logs one: the whole edited document goes into this user's
 * {@link WorkoutOutbox} first, then to {@code POST /api/workouts}, where the server merges it into the log (200)
 * with the same rule as every other copy. Until the server answers it stays in the outbox, and {@link OutboxRetry}
 * sends it again on its schedule, at the next app load and whenever the browser is back online; sending it twice
 * stores the same.
 */
public final class LoggedWorkoutSaver {
    private final WorkoutOutbox outbox;
    private final OutboxRetry sender;

    /** How a save ended. {@code KEPT} is on the device, not yet on the server (it is sent later by itself). */
    public enum Outcome { SAVED, KEPT, REFUSED, GONE, NO_ROOM }

    /** @param logged the server's merged workout when saved; @param error why, when refused */
    public record Result(Outcome outcome, Workout logged, FieldError error) {
    }

    private LoggedWorkoutSaver(WorkoutOutbox outbox, OutboxRetry sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** Saves through {@code sender}, the outbox sender of the user {@code keys} belong to. */
    public static LoggedWorkoutSaver of(Platform platform, StorageKeys keys, OutboxRetry sender) {
        return new LoggedWorkoutSaver(new WorkoutOutbox(platform.storage(), keys, platform.serverClock()), sender);
    }

    /** The server's copy with this device's edit that is still waiting in the outbox merged in, if there is one. */
    public Workout withPending(Workout fromServer) {
        for (Workout waiting : outbox.all()) {
            if (waiting.sessionId().equals(fromServer.sessionId())) {
                return WorkoutMerge.merge(fromServer, waiting);
            }
        }
        return fromServer;
    }

    public boolean isPending(String sessionId) {
        return outbox.contains(sessionId);
    }

    /** Keeps the edit on the device, then sends it; {@code done} hears how it ended. */
    public void save(Workout edited, Consumer<Result> done) {
        try {
            outbox.add(edited);
        } catch (StorageFullException full) {
            done.accept(new Result(Outcome.NO_ROOM, null, FieldError.whole("This device's storage is full, so the "
                    + "edit was not saved. Free some space and press Save again.")));
            return;
        }
        sender.send(edited, result -> {
            if (result.saved()) {
                done.accept(new Result(Outcome.SAVED, result.logged(), null));
            } else if (result.outcome() == WorkoutLogging.Outcome.GONE) {
                outbox.remove(edited.sessionId());
                done.accept(new Result(Outcome.GONE, null, FieldError.whole("This workout was deleted on another "
                        + "device; the edit was not saved.")));
            } else if (result.refused()) {
                // Retrying could only get the same 400: the edit leaves the outbox and the user is told why.
                outbox.remove(edited.sessionId());
                done.accept(new Result(Outcome.REFUSED, null, result.error()));
            } else {
                done.accept(new Result(Outcome.KEPT, null, result.error()));
            }
        });
    }
}
