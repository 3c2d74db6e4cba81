package app.spotter.client.player;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.Route;
import app.spotter.client.history.HistoryApi;
import app.spotter.client.platform.Scheduler;
import app.spotter.session.WorkoutSession;

/**
 * Ending a workout. Finish computes the duration, keeps the finished session on the device (active key and outbox)
 * and logs it; the drafts go only once the server acknowledges. Discard, once confirmed, abandons the session here
 * and on the server. Leaving or reloading clears nothing.
 */
public final class FinishFlow {
    /** A workout that could not be saved is tried again after this pause while the summary is open. */
    static final int AUTO_RETRY_MILLIS = 20_000;
    private final PlayerController player;
    private Scheduler.Cancellable autoRetry;

    FinishFlow(PlayerController player) {
        this.player = player;
    }

    public void finish() {
        PlayerState state = player.state();
        if (state.phase() != PlayerState.Phase.ACTIVE) {
            return;
        }
        WorkoutSession finished = state.session().finish(player.now());
        player.sync.stop();
        player.persist(finished);
        player.update(s -> s.withSession(finished).withPhase(PlayerState.Phase.SUMMARY).withConfirmingDiscard(false));
        log(finished);
    }

    /** The summary's retry button (also run by itself after a pause). Never logs twice: the server answers 200 for
     * a session it already has. */
    public void retry() {
        PlayerState state = player.state();
        if (state.phase() == PlayerState.Phase.SUMMARY && state.logStatus() == PlayerState.LogStatus.NOT_SAVED) {
            log(state.session());
        }
    }

    public void askDiscard() {
        if (player.state().phase() == PlayerState.Phase.ACTIVE) {
            player.update(s -> s.withConfirmingDiscard(true));
            player.redraw();
        }
    }

    public void cancelDiscard() {
        player.update(s -> s.withConfirmingDiscard(false));
        player.redraw();
    }

    /** Abandons the session: removed on this device, and on the server (retried until the server confirms). */
    public void confirmDiscard() {
        PlayerState state = player.state();
        if (state.phase() != PlayerState.Phase.ACTIVE || !state.confirmingDiscard()) {
            return;
        }
        String sessionId = state.session().sessionId();
        player.sync.stop();
        player.discards.discard(sessionId, player.api);
        player.store.clear(sessionId);
        player.update(s -> s.withConfirmingDiscard(false).emptied());
        player.redraw();
        player.platform.router().go(Route.TEMPLATES);
    }

    void log(WorkoutSession finished) {
        cancelAutoRetry();
        player.update(s -> s.withLog(PlayerState.LogStatus.SAVING, null));
        player.redraw();
        player.logging.logWorkout(finished, result -> {
            if (!player.mounted()) {
                return;
            }
            if (result.saved()) {
                player.update(s -> s.withLog(PlayerState.LogStatus.SAVED, null));
                fetchSummary(finished.sessionId());
            } else {
                player.update(s -> s.withLog(PlayerState.LogStatus.NOT_SAVED, result.error()));
                autoRetry = player.platform.scheduler().after(AUTO_RETRY_MILLIS, this::retry);
            }
            player.redraw();
        });
    }

    // Records need every earlier workout, which only the server has: they appear once it answers, and the
    // summary drawn from the session alone stays as it is when it does not.
    private void fetchSummary(String sessionId) {
        new HistoryApi(player.platform.http()).summary(sessionId, Callback.of(summary -> {
            if (player.mounted() && player.state().phase() == PlayerState.Phase.SUMMARY) {
                player.update(s -> s.withServerSummary(summary));
                player.redraw();
            }
        }, error -> { }));
    }

    void stop() {
        cancelAutoRetry();
    }

    private void cancelAutoRetry() {
        if (autoRetry != null) {
            autoRetry.cancel();
            autoRetry = null;
        }
    }
}
