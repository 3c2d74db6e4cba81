package app.spotter.history;

/** What an exercise's history before a workout has to beat: the figures records are measured against. */
public interface EarlierBests {
    /** True when the exercise was done before (a first time sets no records). */
    boolean everDone(String exercise);

    double heaviest(String exercise);

    double bestEstimatedOneRepMax(String exercise);

    /** The most reps done at {@code weight} or heavier (0 when never lifted that heavy). */
    int mostRepsAtOrAbove(String exercise, double weight);
}
