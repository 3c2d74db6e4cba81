package app.spotter.client.player;

import app.spotter.validation.FieldError;
import app.spotter.workout.Workout;

/**
 * What the model-2 player shows, as one immutable value owned by {@link WorkoutPlayer}.
 *
 * @param workout the workout shown (null when there is none)
 * @param editError the last refused edit, naming the field (null when the last one was fine)
 * @param finishQuestion what Finish asks before logging (null when nothing is asked)
 * @param stopwatch the set whose stopwatch runs ({@code "<exerciseId>/<setId>"}, empty when none) and since when
 */
record LiveState(PlayerState.Phase phase, Workout workout, SyncStatus syncStatus, PlayerState.LogStatus logStatus,
                 FieldError editError, String notice, FinishCheck finishQuestion, Workout conflictWith,
                 String stopwatch, long stopwatchSince, String savedTemplateId) {
    static final LiveState LOADING = new LiveState(PlayerState.Phase.LOADING, null, SyncStatus.SAVING,
            PlayerState.LogStatus.SAVING, null, "", null, null, "", 0, "");

    LiveState showing(PlayerState.Phase next, Workout shown) {
        return new LiveState(next, shown, syncStatus, logStatus, editError, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withWorkout(Workout next) {
        return new LiveState(phase, next, syncStatus, logStatus, null, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withSyncStatus(SyncStatus next) {
        return new LiveState(phase, workout, next, logStatus, editError, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withLogStatus(PlayerState.LogStatus next) {
        return new LiveState(phase, workout, syncStatus, next, editError, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withEditError(FieldError next) {
        return new LiveState(phase, workout, syncStatus, logStatus, next, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withNotice(String next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, next, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState asking(FinishCheck next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, next, conflictWith,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withConflict(Workout next) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, finishQuestion, next,
                stopwatch, stopwatchSince, savedTemplateId);
    }

    LiveState withStopwatch(String set, long since) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, finishQuestion, conflictWith,
                set, since, savedTemplateId);
    }

    LiveState withSavedTemplate(String templateId) {
        return new LiveState(phase, workout, syncStatus, logStatus, editError, notice, finishQuestion, conflictWith,
                stopwatch, stopwatchSince, templateId);
    }
}
