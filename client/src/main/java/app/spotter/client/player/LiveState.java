package app.spotter.client.player;

import app.spotter.history.WorkoutSummary;
import app.spotter.validation.FieldError;
import app.spotter.workout.Workout;

/**
 * What the player shows, as one immutable value owned by {@link WorkoutPlayer}; the view and helpers read it
 * and hand changes back to the player, so a view can tell by {@code equals} whether anything changed.
 *
 * @param workout the workout shown (null when there is none)
 * @param editError the last refused edit, naming the field (null when the last one was fine)
 * @param notice a message the user should see (storage trouble, a recovered copy); empty when there is none
 * @param question what the player asks over the screen (null when nothing is asked)
 * @param picking the exercise form that is open: "" none, {@link #ADDING}, or the id of the exercise to replace
 * @param stopwatch the set whose stopwatch runs ({@code "<exerciseId>/<setId>"}, empty when none) and since when
 * @param savedTemplateId the template made or updated after Finish ("" until then)
 * @param lastTime what was done last time in the workout's exercises
 * @param serverSummary the server's summary of the logged workout, with records; null until it answers
 * @param askingNotifications the first rest has started and the player asks, once, to allow rest notifications
 */
record LiveState(Phase phase, Workout workout, SyncStatus syncStatus, LogStatus logStatus, FieldError editError,
                 String notice, Question question, String picking, String stopwatch, long stopwatchSince,
                 String savedTemplateId, LastTime lastTime, WorkoutSummary serverSummary,
                 boolean askingNotifications) {
    /** Which screen the player shows. */
    enum Phase { LOADING, EMPTY, ACTIVE, SUMMARY }

    /** Where logging the finished workout stands. */
    enum LogStatus { SAVING, SAVED, NOT_SAVED }

    static final String ADDING = "+";
    static final LiveState LOADING = new LiveState(Phase.LOADING, null, SyncStatus.SAVING, LogStatus.SAVING, null,
            "", null, "", "", 0, "", LastTime.NONE, null, false);

    LiveState showing(Phase next, Workout shown) {
        return new LiveState(next, shown, syncStatus, logStatus, editError, notice, question, "", stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withWorkout(Workout next) {
        return new LiveState(phase, next, syncStatus, logStatus, null, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withSyncStatus(SyncStatus next) {
        return new LiveState(phase, workout, next, logStatus, editError, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withLogStatus(LogStatus next) {
        return new LiveState(phase, workout, syncStatus, next, editError, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withEditError(FieldError next) {
        return new LiveState(phase, workout, syncStatus, logStatus, next, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withNotice(String next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, next, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState asking(Question next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, next, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    boolean isAsking(Question.Kind kind) {
        return question != null && question.kind() == kind;
    }

    LiveState withPicking(String next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, next, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withStopwatch(String set, long since) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, picking, set, since,
                savedTemplateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withSavedTemplate(String templateId) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, picking, stopwatch,
                stopwatchSince, templateId, lastTime, serverSummary, askingNotifications);
    }

    LiveState withLastTime(LastTime next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, next, serverSummary, askingNotifications);
    }

    LiveState withServerSummary(WorkoutSummary next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, next, askingNotifications);
    }

    LiveState withNotificationQuestion(boolean next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, question, picking, stopwatch,
                stopwatchSince, savedTemplateId, lastTime, serverSummary, next);
    }

    /** The same screen apart from the live part a refresh updates by itself (the sync status). */
    LiveState drawnPart() {
        return withSyncStatus(SyncStatus.SAVING);
    }
}
