package app.spotter.client.player;

import app.spotter.client.history.ServerSummary;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;

/** Everything the player screen shows, owned by {@link PlayerController}; views only read it. */
public final class PlayerState {
    /** Which screen the player shows. */
    public enum Phase { LOADING, EMPTY, ACTIVE, SUMMARY }

    /** Where saving the finished workout stands. */
    public enum LogStatus { SAVING, SAVED, NOT_SAVED }

    Phase phase = Phase.LOADING;
    WorkoutSession session;
    SyncStatus syncStatus = SyncStatus.SAVING;
    LogStatus logStatus = LogStatus.SAVING;
    FieldError logError;
    FieldError editError;
    String notice = "";
    boolean confirmingDiscard;
    WorkoutSession conflictWith;
    ServerSummary serverSummary;
    LastTime lastTime = LastTime.NONE;

    public Phase phase() {
        return phase;
    }

    /** The session shown (null while loading or when there is none). */
    public WorkoutSession session() {
        return session;
    }

    public SyncStatus syncStatus() {
        return syncStatus;
    }

    public LogStatus logStatus() {
        return logStatus;
    }

    /** Why the finished workout is not saved yet (null unless {@link LogStatus#NOT_SAVED}). */
    public FieldError logError() {
        return logError;
    }

    /** The last refused edit of reps or weight, naming the field (null when the last edit was fine). */
    public FieldError editError() {
        return editError;
    }

    /** A message the user should see (storage trouble, a recovered copy); empty when there is none. */
    public String notice() {
        return notice;
    }

    public boolean confirmingDiscard() {
        return confirmingDiscard;
    }

    /** A different session found active on the server while this one was syncing, waiting for the user's choice. */
    public WorkoutSession conflictWith() {
        return conflictWith;
    }

    /** The server's summary of the finished workout, with records; null until the server has answered. */
    public ServerSummary serverSummary() {
        return serverSummary;
    }

    /** What was done last time in the session's exercises; empty until the server answers. */
    public LastTime lastTime() {
        return lastTime;
    }
}
