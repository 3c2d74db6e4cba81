package app.spotter.client.player;

import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutDelta;

/**
 * What the next draft sync sends (session model 2): only the fields written after the watermark, the highest
 * stamp the document held at the last send the server acknowledged; so a sync stays small however long the session
 * runs. Edits made while a request is in flight are after that request's watermark and go in the next one. The
 * first send of a session, and any after the server answers 412 (it has no copy to merge a delta into), carry the
 * whole document; a session opened from the server's own draft starts with a delta. {@code baseRevision} is the
 * server revision this device last merged in full.
 */
final class DeltaTracker {
    private String sessionId = "";
    private Stamp acknowledged;
    private Stamp inFlight;
    private long baseRevision;
    private boolean wholeNeeded = true;

    /** Starts over for a session (another session, or one picked from the server's copy). */
    void reset(String forSession) {
        sessionId = forSession;
        acknowledged = null;
        inFlight = null;
        baseRevision = 0;
        wholeNeeded = true;
    }

    /** Picks up where a previous page left off (kept next to the document in the device's storage). */
    void restore(String forSession, Stamp watermark, long revision) {
        reset(forSession);
        acknowledged = watermark;
        baseRevision = revision;
        wholeNeeded = watermark == null;
    }

    /**
     * The device holds the server's own copy of the session, just read from its draft: the next send is a delta of
     * what changes here. Its revision is not known, so the answer to that send carries the whole draft once.
     */
    void openedFromServer(Workout serverCopy) {
        reset(serverCopy.sessionId());
        acknowledged = serverCopy.latestStamp();
        wholeNeeded = false;
    }

    /** The body of the next send for {@code workout}: a delta, or the whole document when the server needs it. */
    Workout payload(Workout workout) {
        if (!workout.sessionId().equals(sessionId)) {
            reset(workout.sessionId());
        }
        inFlight = workout.latestStamp();
        return wholeNeeded ? workout : WorkoutDelta.since(workout, acknowledged);
    }

    /** Whether a send now would carry nothing new (a heartbeat with nothing changed may be skipped). */
    boolean upToDate(Workout workout) {
        return !wholeNeeded && workout.sessionId().equals(sessionId) && acknowledged != null
                && !workout.latestStamp().isAfter(acknowledged);
    }

    long baseRevision() {
        return baseRevision;
    }

    /** The watermark acknowledged last (null: nothing acknowledged yet). */
    Stamp watermark() {
        return acknowledged;
    }

    /** 200: the server has everything up to the sent watermark and is at {@code revision}; when its answer carried
     * the merged draft, that is merged here too, so either way this device is at that revision. */
    void acknowledged(long revision) {
        acknowledged = Stamp.max(acknowledged, inFlight);
        inFlight = null;
        baseRevision = revision;
        wholeNeeded = false;
    }

    /** 412: the server has no copy of this session; the next send carries the whole document. */
    void serverHasNoCopy() {
        wholeNeeded = true;
        acknowledged = null;
        inFlight = null;
        baseRevision = 0;
    }
}
