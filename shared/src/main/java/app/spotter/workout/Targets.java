package app.spotter.workout;

/** What a set aims for, from the template: only the fields its exercise kind takes are non-zero. */
public record Targets(int reps, double weight, int durationSeconds, double distanceMeters) {
    public static final Targets NONE = new Targets(0, 0, 0, 0);

    /** These targets with the fields {@code kind} does not take set to zero. */
    public Targets forKind(ExerciseKind kind) {
        return new Targets(kind.takesReps() ? reps : 0, kind.takesWeight() ? weight : 0,
                kind.takesDuration() ? durationSeconds : 0, kind.takesDistance() ? distanceMeters : 0);
    }
}
