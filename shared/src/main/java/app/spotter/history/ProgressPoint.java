package app.spotter.history;

/** One workout's figure for one exercise: its top weight and best estimated one-rep max, at the workout's start. */
public record ProgressPoint(long startedAt, double topWeight, double estimatedOneRepMax) {
}
