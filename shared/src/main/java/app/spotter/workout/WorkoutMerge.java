package app.spotter.workout;

/**
 * The one merge of two copies of a workout, used by the client and the server: a state-based CRDT join, so it
 * is commutative, associative and idempotent, and works on partial documents (deltas) alike. Items are matched
 * by id, never by position; absence is not removal. Plain fields: the later stamp wins. Done and removed follow
 * {@link WorkoutSet} and {@link Retraction}: nothing cancels a completion it had not seen.
 */
public final class WorkoutMerge {
    private WorkoutMerge() {
    }

    public static Workout merge(Workout a, Workout b) {
        if (!a.sessionId().equals(b.sessionId())) {
            throw new IllegalArgumentException("only copies of one session merge: " + a.sessionId() + " / "
                    + b.sessionId());
        }
        // The header is fixed at creation, so copies agree; should a bad copy differ, one rule picks the same side.
        // The start is a register (an edit of a logged workout moves it), merged like any other field.
        Workout header = headerFirst(a, b) ? a : b;
        return new Workout(a.sessionId(), header.templateId(), Register.merge(a.start(), b.start()), header.created(),
                a.partial() && b.partial(), Register.merge(a.name(), b.name()), Register.merge(a.note(), b.note()),
                Register.merge(a.activeExerciseId(), b.activeExerciseId()), Register.merge(a.rest(), b.rest()),
                Register.merge(a.finishedAt(), b.finishedAt()),
                Items.merge(a.exercises(), b.exercises(), WorkoutExercise::id, WorkoutExercise::merge));
    }

    private static boolean headerFirst(Workout a, Workout b) {
        int byCreated = a.created().compareTo(b.created());
        if (byCreated != 0) {
            return byCreated < 0;
        }
        return a.templateId().compareTo(b.templateId()) <= 0;
    }
}
