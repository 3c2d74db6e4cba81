package app.spotter.templates;

/** One planned set: target reps and target weight in kilograms. */
public record SetTarget(int reps, double weight) {
}
