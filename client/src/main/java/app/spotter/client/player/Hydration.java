package app.spotter.client.player;

import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;
import java.util.function.Predicate;

/**
 * The rule for bringing the player back on mount: the copy on this device is shown at once; when the server
 * answers, {@link DraftMerge#choose} picks between them (merging two copies of one session, favouring the server's
 * when newer). A server draft this device already finished or discarded is stale and ignored.
 */
final class Hydration {
    private Hydration() {
    }

    /** What to do with the server's answer: show {@code session} (null: nothing in progress), and keep
     * {@code displaced} (a different local session that lost) under a backup key. */
    record Outcome(WorkoutSession session, WorkoutSession displaced, boolean serverUnreachable) {
    }

    static Outcome decide(WorkoutSession local, DraftAnswer answer, Predicate<String> settledHere) {
        if (answer.kind() == DraftAnswer.Kind.FAILED) {
            return new Outcome(local, null, true);
        }
        if (local != null && local.isFinished()) {
            // A finished workout is final; only saving it remains.
            return new Outcome(local, null, false);
        }
        WorkoutSession server = answer.kind() == DraftAnswer.Kind.DRAFT ? answer.draft() : null;
        if (server != null && server.isFinished()) {
            server = null;
        }
        if (server != null && settledHere.test(server.sessionId())
                && (local == null || !local.sessionId().equals(server.sessionId()))) {
            server = null;
        }
        WorkoutSession chosen = DraftMerge.choose(local, server);
        boolean localLost = local != null && chosen != null && !chosen.sessionId().equals(local.sessionId());
        return new Outcome(chosen, localLost ? local : null, false);
    }
}
