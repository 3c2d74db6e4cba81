package app.spotter.history;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;

/** The best done set of one exercise in one workout: the heaviest, and on equal weight the one with more reps. */
public record BestSet(String exercise, int reps, double weight, double estimatedOneRepMax) {

    /** The best done set of an exercise, or null when none of its sets is done. */
    public static BestSet of(SessionExercise exercise) {
        BestSet best = null;
        for (SetEntry set : exercise.sets()) {
            if (!set.done() || set.reps() == 0) {
                continue;
            }
            if (best == null || set.weight() > best.weight
                    || (set.weight() == best.weight && set.reps() > best.reps)) {
                best = new BestSet(exercise.name(), set.reps(), set.weight(), Epley.oneRepMax(set.reps(),
                        set.weight()));
            }
        }
        return best;
    }
}
