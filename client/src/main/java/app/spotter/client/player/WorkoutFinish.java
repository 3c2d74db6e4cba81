package app.spotter.client.player;

import app.spotter.client.Route;
import app.spotter.client.history.HistoryApi;
import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateFromWorkout;
import app.spotter.workout.Workout;

/**
 * Ending a model-2 workout. Finish asks first when sets are left ("3 of 12 sets not done": Finish anyway / Keep
 * going) and refuses a workout with no done set (Discard is offered instead). The finished workout waits in the
 * outbox until {@code POST /api/workouts} answers 201 or 200; a 410 (deleted or discarded elsewhere) asks before
 * logging it with {@code restore=true}. After that, "Save as template" and, for a workout started from one,
 * "Update template".
 */
final class WorkoutFinish {
    static final String TEMPLATES = "/api/templates";
    private final WorkoutPlayer player;
    // The user said "keep it" to a workout deleted or discarded elsewhere: it is logged with restore=true.
    private boolean restore;

    WorkoutFinish(WorkoutPlayer player) {
        this.player = player;
    }

    void finish() {
        LiveState state = player.state();
        if (state.phase() != LiveState.Phase.ACTIVE) {
            return;
        }
        Question question = Question.finishing(FinishCheck.of(state.workout()));
        if (question == null) {
            finishNow();
        } else {
            player.update(s -> s.asking(question));
        }
    }

    /** "Finish anyway" (only when some set is done: an empty workout is never logged). */
    void confirmFinish() {
        if (player.state().isAsking(Question.Kind.CONFIRM_FINISH)) {
            finishNow();
        }
    }

    /** "Keep going", or any "not now" of a question that changes nothing. */
    void keepGoing() {
        player.update(s -> s.asking(null));
    }

    void askDiscard() {
        if (player.state().phase() == LiveState.Phase.ACTIVE) {
            player.update(s -> s.asking(Question.of(Question.Kind.DISCARD,
                    "Its sets will not be saved, on this device or on the server.")));
        }
    }

    /** Abandons the workout here and on the server (retried until it confirms). */
    void confirmDiscard() {
        LiveState state = player.state();
        if (state.phase() != LiveState.Phase.ACTIVE || (!state.isAsking(Question.Kind.DISCARD)
                && !state.isAsking(Question.Kind.REFUSE_FINISH))) {
            return;
        }
        String id = state.workout().sessionId();
        player.sync.stop();
        player.discards.discard(id, player.api);
        player.store.clear(id);
        player.empty("");
        player.platform.router().go(Route.TEMPLATES);
    }

    void retryLog() {
        LiveState state = player.state();
        if (state.phase() == LiveState.Phase.SUMMARY && state.logStatus() == LiveState.LogStatus.NOT_SAVED) {
            log(state.workout());
        }
    }

    void restoreOnLog() {
        restore = true;
    }

    boolean restoring() {
        return restore;
    }

    /** Logged meanwhile by the outbox retry (another screen's, or after the connection came back). */
    void checkOutbox() {
        LiveState state = player.state();
        if (state.phase() == LiveState.Phase.SUMMARY && state.logStatus() == LiveState.LogStatus.NOT_SAVED
                && !player.outboxRetry.isWaiting(state.workout().sessionId()) && !restore) {
            player.store.clear(state.workout().sessionId());
            player.update(s -> s.withLogStatus(LiveState.LogStatus.SAVED).withNotice(""));
        }
    }

    /** A new template from what was done. */
    void saveAsTemplate() {
        Workout done = player.state().workout();
        if (done == null || !done.isFinished()) {
            return;
        }
        send("POST", TEMPLATES, TemplateFromWorkout.of(done, "", done.nameValue()), "Saved as a new template.");
    }

    /** Writes the performed exercises and sets back into the template the workout was started from. */
    void updateTemplate() {
        Workout done = player.state().workout();
        if (done == null || !done.isFinished() || done.templateId().isEmpty()) {
            return;
        }
        send("PUT", TEMPLATES + "/" + done.templateId(), TemplateFromWorkout.of(done, done.templateId(), done.nameValue()),
                "The template now has what you did today.");
    }

    private void finishNow() {
        Workout workout = player.state().workout();
        Workout finished;
        try {
            finished = SessionEdits.finish(workout, player.stamp(), player.now());
        } catch (ValidationException refused) {
            player.update(s -> s.withEditError(refused.first()));
            return;
        }
        player.sync.stop();
        player.persist(finished);
        player.update(s -> s.asking(null).showing(LiveState.Phase.SUMMARY, finished));
        log(finished);
    }

    /** Logs the finished workout; the outbox sender tries again on its schedule, and each answer lands here. */
    void log(Workout finished) {
        player.update(s -> s.withLogStatus(LiveState.LogStatus.SAVING));
        player.outboxRetry.log(finished, restore, result -> {
            Workout shown = player.state().workout();
            if (!player.mounted() || shown == null || !shown.sessionId().equals(finished.sessionId())) {
                return;
            }
            switch (result.outcome()) {
                case SAVED:
                    restore = false;
                    Workout logged = result.logged() == null ? finished : result.logged();
                    player.update(s -> s.withWorkout(logged).withLogStatus(LiveState.LogStatus.SAVED)
                            .withNotice(""));
                    fetchSummary(finished.sessionId());
                    break;
                case GONE:
                    player.update(s -> s.withLogStatus(LiveState.LogStatus.NOT_SAVED).asking(Question.of(
                            Question.Kind.RESTORE, "\"" + finished.nameValue() + "\" was " + result.reason()
                                    + " on another device. Log it anyway, or drop it?")));
                    break;
                default:
                    player.update(s -> s.withLogStatus(LiveState.LogStatus.NOT_SAVED)
                            .withNotice("Not saved yet: " + result.error().message()
                                    + " The workout is kept on this device and will be sent again."));
            }
        });
    }

    // Records need every earlier workout, which only the server has: they appear once it answers.
    private void fetchSummary(String sessionId) {
        new HistoryApi(player.platform.http()).summary(sessionId, Callback.of(summary -> {
            if (player.mounted() && player.state().phase() == LiveState.Phase.SUMMARY) {
                player.update(s -> s.withServerSummary(summary));
            }
        }, error -> { }));
    }

    private void send(String method, String path, Template template, String done) {
        ApiCall.send(player.platform.http(), method, path, TemplateCodecV2.write(template), new Answers()
                .ok(response -> {
                    String id = readId(response.body(), template.id());
                    player.update(s -> s.withSavedTemplate(id).withNotice(done));
                })
                .failed(failure -> player.update(s -> s.withNotice("The template was not saved: "
                        + failure.error().message()))));
    }

    private static String readId(String body, String fallback) {
        try {
            String id = Json.parseObject(body).getString("id");
            return id == null ? fallback : id;
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }
}
