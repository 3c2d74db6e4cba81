package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;

/**
 * The user's answers to the player's questions about other devices: a different workout active on the server
 * (keep this one / resume that one), this one logged elsewhere ("Add to logged workout" / drop this device's
 * copy), and this one deleted or discarded elsewhere (keep it and log it anyway / drop it).
 */
final class WorkoutChoices {
    private final WorkoutPlayer player;

    WorkoutChoices(WorkoutPlayer player) {
        this.player = player;
    }

    /** Keeps the workout on this device; the one on the server is replaced (and ends as discarded). */
    void keepThis() {
        LiveState state = player.state();
        if (!state.isAsking(Question.Kind.CONFLICT)) {
            return;
        }
        player.update(s -> s.asking(null));
        player.sync.replaceServerDraft(state.workout());
    }

    /** Switches to the other device's workout; this device's copy is kept under a backup key. */
    void resumeOther() {
        LiveState state = player.state();
        if (!state.isAsking(Question.Kind.CONFLICT)) {
            return;
        }
        Workout other = state.question().other();
        String key = player.store.keepAside(state.workout());
        player.persist(other);
        player.show(other);
        player.sync.switchTo(other);
        player.update(s -> s.asking(null).withNotice("This device's copy of \"" + state.workout().nameValue()
                + "\" is kept under " + key + "."));
    }

    /** "Add to logged workout": this device's copy is merged into the log by the server; nothing is dropped. */
    void addToLogged() {
        LiveState state = player.state();
        if (!state.isAsking(Question.Kind.ADD_TO_LOGGED)) {
            return;
        }
        Workout copy = state.workout();
        player.sync.stop();
        player.update(s -> s.asking(null).withNotice("Adding to the logged workout\u2026"));
        ApiCall.send(player.platform.http(), "POST", WorkoutLogging.PATH + "/" + copy.sessionId() + "/amend",
                WorkoutCodec.write(copy), new Answers()
                        .ok(response -> {
                            player.store.clear(copy.sessionId());
                            player.outbox.remove(copy.sessionId());
                            player.empty("This device's sets were added to \"" + copy.nameValue()
                                    + "\", finished on another device.");
                        })
                        .failed(failure -> player.update(s -> s.asking(state.question()).withNotice("Not added "
                                + "yet: the server did not answer. Try again."))));
    }

    /** Drops this device's copy of a workout logged, deleted or discarded elsewhere. */
    void drop() {
        LiveState state = player.state();
        if (!state.isAsking(Question.Kind.ADD_TO_LOGGED) && !state.isAsking(Question.Kind.RESTORE)) {
            return;
        }
        String id = state.workout().sessionId();
        player.store.clear(id);
        player.outbox.remove(id);
        player.empty("");
        player.platform.router().go(Route.TEMPLATES);
    }

    /** Keeps a workout deleted or discarded elsewhere: it is logged with {@code restore=true} when finished (at
     * once when it is finished already). */
    void restore() {
        LiveState state = player.state();
        if (!state.isAsking(Question.Kind.RESTORE)) {
            return;
        }
        player.finishing().restoreOnLog();
        player.sync.stop();
        player.update(s -> s.asking(null).withNotice("Kept on this device; it is logged when you finish."));
        if (state.phase() == LiveState.Phase.SUMMARY) {
            player.finishing().retryLog();
        }
    }
}
