package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the player goes after a set is completed. On its own, an exercise stays active until its sets are done,
 * then the next exercise with sets left is active, and rest starts after every set. In a superset the player
 * moves round by round: to the next exercise of the round with sets left and no rest, and after the last one of
 * the round rest starts and the next round begins at the first exercise with sets left.
 */
public final class SupersetRounds {
    private SupersetRounds() {
    }

    /** The exercise to make active and whether the rest countdown starts. */
    public record Step(String exerciseId, boolean rest) {
    }

    /** The visible exercises of the superset that holds {@code exerciseId} (just that one when not grouped). */
    public static List<WorkoutExercise> supersetOf(Workout workout, String exerciseId) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        int i = indexOf(visible, exerciseId);
        List<WorkoutExercise> run = new ArrayList<>();
        if (i < 0) {
            return run;
        }
        int[] bounds = runBounds(visible, i);
        for (int k = bounds[0]; k <= bounds[1]; k++) {
            run.add(visible.get(k));
        }
        return run;
    }

    /** The step after a set of {@code exerciseId} was completed (its completion already in {@code workout}). */
    public static Step after(Workout workout, String exerciseId) {
        List<WorkoutExercise> visible = workout.visibleExercises();
        int i = indexOf(visible, exerciseId);
        if (i < 0) {
            return new Step(exerciseId, true);
        }
        int[] bounds = runBounds(visible, i);
        for (int k = i + 1; k <= bounds[1]; k++) {
            if (hasSetsLeft(visible.get(k))) {
                return new Step(visible.get(k).id(), false);
            }
        }
        for (int k = bounds[0]; k <= bounds[1]; k++) {
            if (hasSetsLeft(visible.get(k))) {
                return new Step(visible.get(k).id(), true);
            }
        }
        int n = visible.size();
        for (int step = 1; step < n; step++) {
            WorkoutExercise candidate = visible.get((bounds[1] + step) % n);
            if (hasSetsLeft(candidate)) {
                return new Step(candidate.id(), true);
            }
        }
        return new Step(exerciseId, true);
    }

    private static boolean hasSetsLeft(WorkoutExercise exercise) {
        for (WorkoutSet set : exercise.visibleSets()) {
            if (!set.isDone()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<WorkoutExercise> visible, String exerciseId) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(exerciseId)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] runBounds(List<WorkoutExercise> visible, int i) {
        String group = visible.get(i).groupValue();
        int lo = i;
        int hi = i;
        if (!group.isEmpty()) {
            while (lo > 0 && visible.get(lo - 1).groupValue().equals(group)) {
                lo--;
            }
            while (hi < visible.size() - 1 && visible.get(hi + 1).groupValue().equals(group)) {
                hi++;
            }
        }
        return new int[] {lo, hi};
    }
}
