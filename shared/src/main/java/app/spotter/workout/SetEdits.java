package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import java.util.ArrayList;
import java.util.List;

/** Operations on the sets of a workout: add, remove, edit a field, complete and undo. */
public final class SetEdits {
    private SetEdits() {
    }

    /** Adds a copy of the exercise's last set (type, values, targets; not done, no RPE) right after it. */
    public static Workout addSet(Workout workout, String exerciseId, String setId, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        Lookup.requireItemId(setId, "setId");
        if (exercise.set(setId) != null) {
            throw new IllegalArgumentException("set id already used: " + setId);
        }
        List<WorkoutSet> visible = exercise.visibleSets();
        if (visible.size() >= Limits.SETS_MAX || exercise.sets().size() >= Limits.DOCUMENT_SETS_MAX) {
            SessionEdits.throwIfAny(List.of(new FieldError(Lookup.exercisePath(workout, exerciseId) + ".sets",
                    visible.size() >= Limits.SETS_MAX ? "At most " + Limits.SETS_MAX + " set(s) allowed"
                            : "This exercise has had too many sets added and removed")));
        }
        List<String> keys = new ArrayList<>();
        for (WorkoutSet set : visible) {
            keys.add(set.positionKey());
        }
        String position = Positions.append(keys);
        WorkoutSet last = visible.isEmpty() ? null : visible.get(visible.size() - 1);
        WorkoutSet added = last == null
                ? WorkoutSet.create(setId, exercise.kind(), position, SetType.NORMAL, Targets.NONE, Targets.NONE, 0,
                stamp)
                : WorkoutSet.create(setId, exercise.kind(), position, last.typeValue(), last.values(),
                last.targetsValue(), 0, stamp);
        return workout.withExercise(exercise.withSet(added));
    }

    /** Removes a set; a completion this device had not seen brings it back. */
    public static Workout removeSet(Workout workout, String exerciseId, String setId, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        return workout.withExercise(exercise.withSet(set.withRemoved(new Retraction(stamp, set.doneAt()))));
    }

    public static Workout setReps(Workout workout, String exerciseId, String setId, int reps, Stamp stamp) {
        return edit(workout, exerciseId, setId, SetField.REPS, reps, stamp);
    }

    /** Weight in kg: the load, the added weight (bodyweight) or the assistance (assisted). */
    public static Workout setWeight(Workout workout, String exerciseId, String setId, double kg, Stamp stamp) {
        return edit(workout, exerciseId, setId, SetField.WEIGHT, kg, stamp);
    }

    public static Workout setDuration(Workout workout, String exerciseId, String setId, int seconds, Stamp stamp) {
        return edit(workout, exerciseId, setId, SetField.DURATION, seconds, stamp);
    }

    public static Workout setDistance(Workout workout, String exerciseId, String setId, double meters,
                                      Stamp stamp) {
        return edit(workout, exerciseId, setId, SetField.DISTANCE, meters, stamp);
    }

    /** RPE 6 to 10 in steps of 0.5; 0 clears it. */
    public static Workout setRpe(Workout workout, String exerciseId, String setId, double rpe, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        List<FieldError> errors = new ArrayList<>();
        Checks.rpe(rpe, "rpe", errors);
        Lookup.throwAtSet(errors, workout, exercise, setId);
        return workout.withExercise(exercise.withSet(set.withRpe(Register.of(rpe, stamp))));
    }

    public static Workout setType(Workout workout, String exerciseId, String setId, SetType type, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        return workout.withExercise(exercise.withSet(set.withType(Register.of(type, stamp))));
    }

    /**
     * Marks a set done, then moves the player on (round by round in a superset, see {@link SupersetRounds}) and
     * starts the completed exercise's rest when the step calls for it.
     */
    public static Workout completeSet(Workout workout, String exerciseId, String setId, Stamp stamp, long now) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        Workout done = workout.withExercise(exercise.withSet(set.withDone(stamp, set.undone())));
        SupersetRounds.Step step = done.nextAfterCompleting(exerciseId);
        Rest countdown = step.rest() ? Rest.starting(now, exercise.restValue(), exercise.restMaxValue()) : Rest.NONE;
        return SessionEdits.withRest(SessionEdits.withActive(done, step.exerciseId(), stamp), countdown, stamp);
    }

    /**
     * Marks a set done without moving the player or starting rest: ticking a set on a logged workout's edit page.
     * The same completion as {@link #completeSet}, so the merge treats it alike.
     */
    public static Workout markDone(Workout workout, String exerciseId, String setId, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        return workout.withExercise(exercise.withSet(set.withDone(stamp, set.undone())));
    }

    /** Undoes the completions of a set this device has seen; a set that is not done is left as it is. */
    public static Workout undoSet(Workout workout, String exerciseId, String setId, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        if (!set.isDone()) {
            return workout;
        }
        Retraction undo = Retraction.merge(set.undone(), new Retraction(stamp, set.doneAt()));
        return workout.withExercise(exercise.withSet(set.withDone(set.doneAt(), undo)));
    }

    private static Workout edit(Workout workout, String exerciseId, String setId, SetField field, double value,
                                Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        WorkoutSet set = Lookup.set(exercise, setId);
        List<FieldError> errors = new ArrayList<>();
        field.check(exercise.kind(), value, field.wireName, errors);
        Lookup.throwAtSet(errors, workout, exercise, setId);
        return workout.withExercise(exercise.withSet(field.write(set, value, stamp)));
    }
}
