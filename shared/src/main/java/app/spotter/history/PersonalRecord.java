package app.spotter.history;

/** A new best for an exercise set in a workout: what kind, the value reached, and the one it beat (0 if none). */
public record PersonalRecord(String exercise, Kind kind, double value, double previous, int reps, double weight) {
    /** The kinds of record a lifter cares about. */
    public enum Kind {
        /** The heaviest weight lifted for at least one rep. */
        HEAVIEST_WEIGHT,
        /** The most reps done at a given weight (or heavier). */
        MOST_REPS_AT_WEIGHT,
        /** The best estimated one-rep max (Epley). */
        BEST_ESTIMATED_ONE_REP_MAX
    }
}
