package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sync sends: the part of a document written after a watermark (the highest stamp of the document as it
 * was at the last send the server acknowledged). Merging the delta into a copy that has everything up to the
 * watermark gives the same result as merging the whole document.
 */
public final class WorkoutDelta {
    private WorkoutDelta() {
    }

    /** A partial document: the fixed header, and only the fields (with the ids of their items) stamped after
     * {@code watermark}; null watermark gives everything. */
    public static Workout since(Workout workout, Stamp watermark) {
        List<WorkoutExercise> exercises = new ArrayList<>();
        for (WorkoutExercise exercise : workout.exercises()) {
            WorkoutExercise changed = exercise.since(watermark);
            if (changed != null) {
                exercises.add(changed);
            }
        }
        // The start always travels (a reader needs it), with its own stamp, so an older one merges as a no-op.
        return new Workout(workout.sessionId(), workout.templateId(), workout.start(), workout.created(), true,
                Register.since(workout.name(), watermark), Register.since(workout.note(), watermark),
                Register.since(workout.activeExerciseId(), watermark), Register.since(workout.rest(), watermark),
                Register.since(workout.finishedAt(), watermark), exercises);
    }

    /** True when the delta since {@code watermark} carries no change at all (nothing to send). */
    public static boolean isEmpty(Workout delta, Stamp watermark) {
        boolean startMoved = watermark == null || delta.start().at().isAfter(watermark);
        return !startMoved && delta.exercises().isEmpty() && delta.name() == null && delta.note() == null
                && delta.activeExerciseId() == null && delta.rest() == null && delta.finishedAt() == null;
    }
}
