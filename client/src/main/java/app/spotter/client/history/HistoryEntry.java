package app.spotter.client.history;

import app.spotter.history.HistoryLine;
import app.spotter.workout.Workout;

/** One line of the history list: the server's {@link HistoryLine}, or this device's copy while it waits to upload. */
public record HistoryEntry(HistoryLine line, Waiting waiting) {

    /** What of the line is still only in this device's outbox. */
    public enum Waiting {
        /** Nothing: the server's copy. */
        NONE,
        /** A whole workout finished here (the server has not seen it yet). */
        WORKOUT,
        /** An edit of a logged workout; the line shows the edited values. */
        EDIT
    }

    /** A line of the server's list ({@link app.spotter.history.HistoryPageCodec}). */
    static HistoryEntry of(HistoryLine line) {
        return new HistoryEntry(line, Waiting.NONE);
    }

    /** A finished model-2 workout still in this device's outbox. */
    static HistoryEntry waiting(Workout workout) {
        return new HistoryEntry(new HistoryLine(workout.sessionId(), workout.nameValue(), workout.startedAt(),
                workout.durationSeconds(), workout.setsDone(), workout.volumeKg()), Waiting.WORKOUT);
    }

    /** The same values, now known to be an edit of a workout the server has logged. */
    HistoryEntry asEdit() {
        return new HistoryEntry(line, Waiting.EDIT);
    }

    public String id() {
        return line.id();
    }

    /** Whether any of it is still only on this device. */
    public boolean isWaiting() {
        return waiting != Waiting.NONE;
    }
}
