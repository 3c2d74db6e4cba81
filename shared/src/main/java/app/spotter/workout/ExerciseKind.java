package app.spotter.workout;

/**
 * What an exercise records per set. The kind of an exercise is fixed when it is created (replacing an exercise
 * by one of another kind makes a new exercise), so a set only ever holds the fields its kind takes.
 * Wire names are lower case with underscores ({@link #wireName()}).
 */
public enum ExerciseKind {
    /** weight (kg) x reps */
    WEIGHT_REPS("weight_reps", true, true, false, false),
    /** reps of a bodyweight exercise, with optional added weight (kg, 0 = none) */
    BODYWEIGHT_REPS("bodyweight_reps", true, true, false, false),
    /** reps with an assistance weight (kg taken off, e.g. an assisted pull-up machine) */
    ASSISTED("assisted", true, true, false, false),
    /** reps only */
    REPS_ONLY("reps_only", false, true, false, false),
    /** a hold, in seconds (plank) */
    DURATION("duration", false, false, true, false),
    /** cardio: metres and seconds */
    DISTANCE_DURATION("distance_duration", false, false, true, true),
    /** a loaded carry: kg and seconds */
    WEIGHT_DURATION("weight_duration", true, false, true, false);

    private final String wireName;
    private final boolean weight;
    private final boolean reps;
    private final boolean duration;
    private final boolean distance;

    ExerciseKind(String wireName, boolean weight, boolean reps, boolean duration, boolean distance) {
        this.wireName = wireName;
        this.weight = weight;
        this.reps = reps;
        this.duration = duration;
        this.distance = distance;
    }

    public String wireName() {
        return wireName;
    }

    public boolean takesWeight() {
        return weight;
    }

    public boolean takesReps() {
        return reps;
    }

    public boolean takesDuration() {
        return duration;
    }

    public boolean takesDistance() {
        return distance;
    }

    /** Whether done sets add reps x weight to the volume (assistance weight and carries do not). */
    public boolean countsVolume() {
        return this == WEIGHT_REPS || this == BODYWEIGHT_REPS;
    }

    /** The kind with this wire name, or null. */
    public static ExerciseKind fromWire(String name) {
        for (ExerciseKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
