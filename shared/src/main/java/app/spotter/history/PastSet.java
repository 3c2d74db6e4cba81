package app.spotter.history;

/**
 * One set as done the last time an exercise was logged ({@code GET /api/exercises/last}): the wire names of its
 * exercise kind and set type, and its fields (weight in kg; 0 where the kind takes none, rpe 0 when not given).
 */
public record PastSet(String kind, String type, int reps, double weight, int durationSeconds, double distanceMeters,
                      double rpe) {
}
