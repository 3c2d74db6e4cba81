package app.spotter.workout;

import java.util.HashMap;
import java.util.Map;

/**
 * What the property tests know happened to each set: its latest completion on any device, and the latest
 * completion any undo or removal of it had seen on the device that made it.
 */
final class CompletionLog {
    private final Map<String, Stamp> completed = new HashMap<>();
    private final Map<String, Stamp> seenByRetractions = new HashMap<>();

    void completed(String exerciseId, String setId, Stamp doneAt) {
        completed.merge(exerciseId + "/" + setId, doneAt, Stamp::max);
    }

    void retracted(String exerciseId, String setId, Stamp seenDone) {
        if (seenDone != null) {
            seenByRetractions.merge(exerciseId + "/" + setId, seenDone, Stamp::max);
        }
    }

    /** Null when every completion survives in {@code w} or was seen by an undo or removal; else what was lost. */
    String lostCompletion(Workout w) {
        for (Map.Entry<String, Stamp> entry : completed.entrySet()) {
            String[] key = entry.getKey().split("/");
            WorkoutExercise exercise = w.exercise(key[0]);
            WorkoutSet set = exercise == null ? null : exercise.set(key[1]);
            if (set == null || !entry.getValue().equals(set.doneAt())) {
                return entry.getKey() + " lost its completion " + entry.getValue() + " (merged doneAt "
                        + (set == null ? "no set" : set.doneAt()) + ")";
            }
            boolean shown = !exercise.isRemoved() && !set.isRemoved() && set.isDone();
            Stamp seen = seenByRetractions.get(entry.getKey());
            if (!shown && (seen == null || seen.compareTo(entry.getValue()) < 0)) {
                return entry.getKey() + " completed at " + entry.getValue() + " is hidden, but no undo or removal saw"
                        + " it (latest seen " + seen + ")";
            }
        }
        return null;
    }
}
