package app.spotter.client.player;

import app.spotter.client.api.ApiErrors;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;

/**
 * Ending a model-2 workout. Finish asks first when sets are left ("3 of 12 sets not done": Finish anyway / Keep
 * going) and refuses a workout with no done set (Discard is offered instead). The finished workout waits in the
 * outbox until {@code POST /api/workouts} answers 201 or 200; after that, "Save as template" and, for a workout
 * started from one, "Update template".
 */
final class WorkoutFinish {
    static final String WORKOUTS = "/api/workouts";
    static final String TEMPLATES = "/api/templates";
    private final WorkoutPlayer player;
    // The server said this session was deleted or discarded elsewhere; a retry is the user saying "log it anyway".
    private boolean goneOnServer;

    WorkoutFinish(WorkoutPlayer player) {
        this.player = player;
    }

    void finish() {
        LiveState state = player.state();
        if (state.phase() != PlayerState.Phase.ACTIVE) {
            return;
        }
        FinishCheck check = FinishCheck.of(state.workout());
        if (check.outcome() == FinishCheck.Outcome.FINISH) {
            finishNow();
        } else {
            player.update(s -> s.asking(check));
        }
    }

    /** "Finish anyway" (only when some set is done: an empty workout is never logged). */
    void confirmFinish() {
        FinishCheck asked = player.state().finishQuestion();
        if (asked != null && asked.outcome() == FinishCheck.Outcome.CONFIRM) {
            finishNow();
        }
    }

    void keepGoing() {
        player.update(s -> s.asking(null));
    }

    /** Abandons the workout here and on the server (retried until it confirms). */
    void discard() {
        LiveState state = player.state();
        if (state.phase() != PlayerState.Phase.ACTIVE) {
            return;
        }
        String id = state.workout().sessionId();
        player.sync.stop();
        player.discards.discard(id, new DraftApi(player.platform.http(), player.platform.serverClock()));
        player.store.clear(id);
        player.update(s -> s.asking(null).showing(PlayerState.Phase.EMPTY, null));
    }

    void retryLog() {
        LiveState state = player.state();
        if (state.phase() == PlayerState.Phase.SUMMARY && state.logStatus() == PlayerState.LogStatus.NOT_SAVED) {
            log(state.workout());
        }
    }

    /** A new template from what was done. */
    void saveAsTemplate() {
        Workout done = player.state().workout();
        if (done == null || !done.isFinished()) {
            return;
        }
        send("POST", TEMPLATES, TemplateFromWorkout.of(done, ""), "Saved as a new template.");
    }

    /** Writes the performed exercises and sets back into the template the workout was started from. */
    void updateTemplate() {
        Workout done = player.state().workout();
        if (done == null || !done.isFinished() || done.templateId().isEmpty()) {
            return;
        }
        send("PUT", TEMPLATES + "/" + done.templateId(), TemplateFromWorkout.of(done, done.templateId()),
                "The template now has what you did today.");
    }

    /** This device's copy of a workout logged elsewhere: the server merges it into the log, nothing is dropped. */
    void addToLogged(Workout copy) {
        player.sync.stop();
        player.platform.http().send("POST", WORKOUTS + "/" + copy.sessionId() + "/amend", WorkoutCodec.write(copy),
                response -> {
                    if (response.status() == 200) {
                        player.store.clear(copy.sessionId());
                        player.update(s -> s.showing(PlayerState.Phase.EMPTY, null).withNotice("\""
                                + copy.nameValue() + "\" was finished on another device; this device's sets were "
                                + "added to it."));
                    } else {
                        player.update(s -> s.withNotice("\"" + copy.nameValue() + "\" was finished on another "
                                + "device; this device's copy is kept here and sent again later."));
                    }
                });
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
        player.update(s -> s.asking(null).showing(PlayerState.Phase.SUMMARY, finished));
        log(finished);
    }

    private void log(Workout finished) {
        try {
            player.outbox.add(finished);
        } catch (RuntimeException full) {
            // The active key still holds it; the request below is what matters now.
        }
        player.update(s -> s.withLogStatus(PlayerState.LogStatus.SAVING));
        String path = goneOnServer ? WORKOUTS + "?restore=true" : WORKOUTS;
        player.platform.http().send("POST", path, WorkoutCodec.write(finished), response -> {
            goneOnServer = response.status() == 410;
            if (response.status() == 201 || response.status() == 200) {
                player.outbox.remove(finished.sessionId());
                player.store.clear(finished.sessionId());
                player.update(s -> s.withLogStatus(PlayerState.LogStatus.SAVED));
            } else {
                player.update(s -> s.withLogStatus(PlayerState.LogStatus.NOT_SAVED)
                        .withNotice(notSaved(response)));
            }
        });
    }

    private static String notSaved(HttpResponse response) {
        if (response.status() == 410) {
            return "This workout was deleted or discarded on another device. It is kept here; try again to log "
                    + "it anyway.";
        }
        return "Not saved yet: " + ApiErrors.from(response).message();
    }

    private void send(String method, String path, Template template, String done) {
        player.platform.http().send(method, path, TemplateCodecV2.write(template), response -> {
            if (response.ok()) {
                String id = readId(response.body(), template.id());
                player.update(s -> s.withSavedTemplate(id).withNotice(done));
            } else {
                player.update(s -> s.withNotice("The template was not saved: " + ApiErrors.from(response).message()));
            }
        });
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
