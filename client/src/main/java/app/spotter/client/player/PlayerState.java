package app.spotter.client.player;

import app.spotter.client.history.ServerSummary;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;

/**
 * Everything the player screen shows, as one immutable value. Only {@link PlayerController} holds the current one
 * and replaces it; views and helpers read snapshots, so a view can tell by {@code equals} whether anything changed.
 *
 * @param session the session shown (null while loading or when there is none)
 * @param logError why the finished workout is not saved yet (null unless {@link LogStatus#NOT_SAVED})
 * @param editError the last refused edit of a set, naming the field (null when the last edit was fine)
 * @param notice a message the user should see (storage trouble, a recovered copy); empty when there is none
 * @param conflictWith a different session found active on the server, waiting for the user's choice
 * @param serverSummary the server's summary of the finished workout, with records; null until it answers
 * @param lastTime what was done last time in the session's exercises; empty until the server answers
 */
public record PlayerState(Phase phase, WorkoutSession session, SyncStatus syncStatus, LogStatus logStatus,
                          FieldError logError, FieldError editError, String notice, boolean confirmingDiscard,
                          WorkoutSession conflictWith, ServerSummary serverSummary, LastTime lastTime) {
    /** Which screen the player shows. */
    public enum Phase { LOADING, EMPTY, ACTIVE, SUMMARY }

    /** Where saving the finished workout stands. */
    public enum LogStatus { SAVING, SAVED, NOT_SAVED }

    static final PlayerState LOADING = new PlayerState(Phase.LOADING, null, SyncStatus.SAVING, LogStatus.SAVING,
            null, null, "", false, null, null, LastTime.NONE);

    PlayerState withPhase(Phase next) {
        return new PlayerState(next, session, syncStatus, logStatus, logError, editError, notice,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    PlayerState withSession(WorkoutSession next) {
        return new PlayerState(phase, next, syncStatus, logStatus, logError, editError, notice,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    /** No session on screen any more: the empty player. */
    PlayerState emptied() {
        return withSession(null).withPhase(Phase.EMPTY);
    }

    PlayerState withSyncStatus(SyncStatus next) {
        return new PlayerState(phase, session, next, logStatus, logError, editError, notice,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    PlayerState withLog(LogStatus status, FieldError error) {
        return new PlayerState(phase, session, syncStatus, status, error, editError, notice,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    PlayerState withEditError(FieldError next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, next, notice,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    PlayerState withNotice(String next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, editError, next,
                confirmingDiscard, conflictWith, serverSummary, lastTime);
    }

    PlayerState withConfirmingDiscard(boolean next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, editError, notice,
                next, conflictWith, serverSummary, lastTime);
    }

    PlayerState withConflictWith(WorkoutSession next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, editError, notice,
                confirmingDiscard, next, serverSummary, lastTime);
    }

    PlayerState withServerSummary(ServerSummary next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, editError, notice,
                confirmingDiscard, conflictWith, next, lastTime);
    }

    PlayerState withLastTime(LastTime next) {
        return new PlayerState(phase, session, syncStatus, logStatus, logError, editError, notice,
                confirmingDiscard, conflictWith, serverSummary, next);
    }

    /** The same screen apart from the live parts a refresh updates by itself (sync status). */
    PlayerState drawnPart() {
        return withSyncStatus(SyncStatus.SAVING);
    }
}
