package app.spotter.client.history;

import app.spotter.history.HistoryLine;
import app.spotter.workout.Workout;

/** One line of the history list; {@code waiting} marks a finished workout still in this device's outbox. */
public record HistoryEntry(String id, String name, long startedAt, long durationSeconds, int setsDone,
                           double volumeKg, boolean waiting) {

    /** A line of the server's list ({@link app.spotter.history.HistoryPageCodec}). */
    static HistoryEntry of(HistoryLine line) {
        return new HistoryEntry(line.id(), line.name(), line.startedAt(), line.durationSeconds(), line.setsDone(),
                line.volumeKg(), false);
    }

    /** A finished model-2 workout still in this device's outbox. */
    static HistoryEntry waiting(Workout workout) {
        return new HistoryEntry(workout.sessionId(), workout.nameValue(), workout.startedAt(),
                workout.durationSeconds(), workout.setsDone(), workout.volumeKg(), true);
    }
}
