package app.spotter.imports;

import java.util.List;

/**
 * One workout read from another app's export. {@code key} identifies it within its app's exports (so importing the
 * same file twice adds nothing twice); times are epoch milliseconds.
 */
public record ImportedWorkout(String key, String name, long startedAt, long durationSeconds, String note,
                              List<ImportedExercise> exercises) {
    public ImportedWorkout {
        exercises = List.copyOf(exercises);
    }
}
