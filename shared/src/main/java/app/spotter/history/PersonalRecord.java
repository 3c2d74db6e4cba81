package app.spotter.history;

import app.spotter.workout.ExerciseKind;

/**
 * A new best for an exercise in a workout: which record, the value reached (in {@link KindMeasures#unit}), the one
 * it beat, and the set that did it (reps, weight, duration, distance; 0 where its kind takes none).
 */
public record PersonalRecord(String exercise, Kind kind, double value, double previous, int reps, double weight,
                             ExerciseKind exerciseKind, int durationSeconds, double distanceMeters) {

    /** The kinds of record a lifter cares about; {@link KindMeasures#recordsOf} says which each exercise kind has. */
    public enum Kind {
        /** The heaviest weight lifted for at least one rep. */
        HEAVIEST_WEIGHT,
        /** The most reps done at a given weight (or heavier). */
        MOST_REPS_AT_WEIGHT,
        /** The best estimated one-rep max (Epley). */
        BEST_ESTIMATED_ONE_REP_MAX,
        /** The most reps x kg in one set. */
        BEST_SET_VOLUME,
        /** The most reps in one set (bodyweight, assisted, reps only). */
        MOST_REPS,
        /** The heaviest weight added to a bodyweight exercise. */
        MOST_ADDED_WEIGHT,
        /** The least assistance a rep was done with. */
        LEAST_ASSISTANCE,
        /** The longest hold, in seconds. */
        LONGEST_HOLD,
        /** The longest distance in one set, in metres. */
        LONGEST_DISTANCE,
        /** The fastest pace over a set, in seconds per km. */
        BEST_PACE,
        /** The heaviest loaded carry. */
        HEAVIEST_CARRY,
        /** The longest loaded carry, in seconds. */
        LONGEST_CARRY;

        /** The name on the wire: lower case with underscores ("heaviest_weight"). */
        public String wireName() {
            return name().toLowerCase();
        }

        /** The kind with this wire name, or null. */
        public static Kind fromWire(String name) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
