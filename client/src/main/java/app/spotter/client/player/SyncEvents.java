package app.spotter.client.player;

import app.spotter.session.WorkoutSession;
import app.spotter.sync.DraftMerge;

/** What the player does with the answers of {@link DraftSync}. */
final class SyncEvents implements DraftSync.Listener {
    private final PlayerController player;

    SyncEvents(PlayerController player) {
        this.player = player;
    }

    @Override
    public void statusChanged(SyncStatus status) {
        player.update(s -> s.withSyncStatus(status));
        player.refresh();
    }

    /** Another device's changes arrive merged into the server's copy; merging again keeps local changes made
     * while the request was under way. */
    @Override
    public void serverCopy(WorkoutSession merged) {
        PlayerState state = player.state();
        WorkoutSession current = state.session();
        if (state.phase() != PlayerState.Phase.ACTIVE || !current.sessionId().equals(merged.sessionId())) {
            return;
        }
        WorkoutSession next = DraftMerge.merge(current, merged);
        if (!next.equals(current)) {
            player.persist(next);
            player.update(s -> s.withSession(next));
            player.sync.changed(next);
            player.redraw();
        }
    }

    @Override
    public void conflict(WorkoutSession other) {
        player.update(s -> s.withConflictWith(other));
        player.redraw();
    }

    @Override
    public void gone(WorkoutSession logged) {
        PlayerState state = player.state();
        WorkoutSession session = state.session();
        if (session == null || state.phase() != PlayerState.Phase.ACTIVE) {
            return;
        }
        player.update(PlayerState::emptied);
        if (logged != null && logged.sessionId().equals(session.sessionId())) {
            player.lateChanges().offer(logged, session);
        } else {
            String key = player.store.keepAside(session);
            player.store.clear(session.sessionId());
            player.update(s -> s.withNotice("\"" + session.name() + "\" was already finished or discarded on "
                    + "another device. This device's copy is kept under " + key + "."));
        }
        player.redraw();
    }
}
