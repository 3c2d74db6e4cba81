package app.spotter.plates;

/** One proposed warm-up set: a loadable weight (in the setup's unit) and its reps. */
public record WarmUpSet(double weight, int reps) {
}
