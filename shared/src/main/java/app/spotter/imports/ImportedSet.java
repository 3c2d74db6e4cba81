package app.spotter.imports;

/**
 * One set read from another app's export, before it becomes part of a workout: the line it came from, its type
 * ({@code normal}, {@code warmup}, {@code drop}, {@code failure}) and whatever the row recorded (null when the
 * row left it empty). Weights are kilograms, distances metres, times seconds.
 */
public record ImportedSet(int line, String type, Double weightKg, Integer reps, Integer seconds, Double meters,
                          Double rpe, String note) {
}
