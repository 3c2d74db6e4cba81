package app.spotter.client.history;

import app.spotter.workout.Workout;
import com.grack.nanojson.JsonObject;

/** One line of the history list; {@code waiting} marks a finished workout still in this device's outbox. */
public record HistoryEntry(String id, String name, long startedAt, long durationSeconds, int setsDone,
                           double volumeKg, boolean waiting) {

    static HistoryEntry fromJson(JsonObject json) {
        return new HistoryEntry(json.getString("id", ""), json.getString("name", ""), json.getLong("startedAt", 0),
                json.getLong("durationSeconds", 0), json.getInt("setsDone", 0), json.getDouble("volumeKg", 0),
                false);
    }

    /** A finished model-2 workout still in this device's outbox. */
    static HistoryEntry waiting(Workout workout) {
        return new HistoryEntry(workout.sessionId(), workout.nameValue(), workout.startedAt(),
                workout.durationSeconds(), workout.setsDone(), workout.volumeKg(), true);
    }
}
