package app.spotter.client.history;

import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.player.StorageKeys;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.List;

/**
 * The finished workouts this device's outbox still holds, as history lines, read only (the player owns the
 * outbox and keeps unreadable entries aside). Entries of schema 1 and 2 alike; an unreadable outbox shows none.
 */
final class WaitingWorkouts {
    private WaitingWorkouts() {
    }

    /** Oldest first, as the outbox keeps them. */
    static List<HistoryEntry> of(KeyValueStore storage, StorageKeys keys) {
        List<HistoryEntry> waiting = new ArrayList<>();
        String raw = storage.get(keys.outbox());
        if (raw == null) {
            return waiting;
        }
        try {
            for (Workout workout : SchemaOneUpgrade.readSessionList(raw)) {
                waiting.add(HistoryEntry.waiting(workout));
            }
        } catch (RuntimeException unreadable) {
            return new ArrayList<>();
        }
        return waiting;
    }
}
