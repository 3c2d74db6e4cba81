package app.spotter.workout;

import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.Limits;
import app.spotter.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Operations on the exercises of a workout: add, remove, move, replace, notes, rest and supersets. */
public final class ExerciseEdits {
    private ExerciseEdits() {
    }

    /** Adds an exercise (with no sets yet) after the last one. */
    public static Workout addExercise(Workout workout, String exerciseId, String name, ExerciseKind kind,
                                      int restSeconds, Stamp stamp) {
        Lookup.requireFull(workout);
        Lookup.requireItemId(exerciseId, "exerciseId");
        if (workout.exercise(exerciseId) != null) {
            throw new IllegalArgumentException("exercise id already used: " + exerciseId);
        }
        List<WorkoutExercise> visible = workout.visibleExercises();
        String at = FieldPath.exercise(visible.size());
        List<FieldError> errors = new ArrayList<>();
        if (visible.size() >= Limits.EXERCISES_MAX) {
            errors.add(new FieldError("exercises", "At most " + Limits.EXERCISES_MAX + " exercise(s) allowed"));
        } else if (workout.exercises().size() >= Limits.DOCUMENT_EXERCISES_MAX) {
            errors.add(new FieldError("exercises", "This workout has had too many exercises added and removed"));
        }
        Checks.name(name, at + ".name", errors);
        Checks.rest(restSeconds, at + ".restSeconds", errors);
        SessionEdits.throwIfAny(errors);
        String position = Positions.append(keys(visible));
        WorkoutExercise added = WorkoutExercise.create(exerciseId, kind, name.trim(), restSeconds, "", position, "",
                List.of(), stamp);
        return workout.withExercise(added);
    }

    /** Removes an exercise; a set completed elsewhere that this device had not seen brings it back. */
    public static Workout removeExercise(Workout workout, String exerciseId, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        return workout.withExercise(exercise.withRemoved(ExerciseRemoval.of(exercise, stamp)));
    }

    /** Moves an exercise one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    public static Workout moveExercise(Workout workout, String exerciseId, int direction, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        List<WorkoutExercise> others = workout.visibleExercises();
        int from = others.indexOf(exercise);
        int to = from + (direction < 0 ? -1 : 1);
        if (to < 0 || to >= others.size()) {
            return workout;
        }
        others.remove(from);
        String position = Positions.insertAfter(keys(others), to - 1);
        return workout.withExercise(exercise.with(exercise.name(), exercise.restSeconds(), exercise.note(),
                Register.of(position, stamp), exercise.supersetGroup()));
    }

    /**
     * Replaces an exercise by another, keeping its sets. Same kind: the exercise is renamed. Another kind: a new
     * exercise {@code newExerciseId} takes its place with copies of its sets (ids {@code <newExerciseId>.s<j>},
     * done ones still done), and the old one is removed.
     */
    public static Workout replaceExercise(Workout workout, String exerciseId, String name, ExerciseKind kind,
                                          String newExerciseId, Stamp stamp) {
        WorkoutExercise old = Lookup.exercise(workout, exerciseId);
        List<FieldError> errors = new ArrayList<>();
        Checks.name(name, Lookup.exercisePath(workout, exerciseId) + ".name", errors);
        SessionEdits.throwIfAny(errors);
        if (old.kind() == kind) {
            return workout.withExercise(old.with(Register.of(name.trim(), stamp), old.restSeconds(), old.note(),
                    old.position(), old.supersetGroup()));
        }
        Lookup.requireItemId(newExerciseId, "newExerciseId");
        if (workout.exercise(newExerciseId) != null) {
            throw new IllegalArgumentException("exercise id already used: " + newExerciseId);
        }
        List<WorkoutSet> sets = new ArrayList<>();
        List<WorkoutSet> visible = old.visibleSets();
        for (int j = 0; j < visible.size(); j++) {
            WorkoutSet set = visible.get(j);
            WorkoutSet copy = WorkoutSet.create(newExerciseId + ".s" + j, kind, set.positionKey(), set.typeValue(),
                    set.values(), set.targetsValue(), set.rpeValue(), stamp);
            sets.add(set.isDone() ? copy.withDone(stamp, null) : copy);
        }
        WorkoutExercise replacement = WorkoutExercise.create(newExerciseId, kind, name.trim(), old.restValue(),
                old.restMaxValue(), old.noteValue(), old.positionKey(), old.groupValue(), sets, stamp);
        Workout next = workout.withExercise(old.withRemoved(ExerciseRemoval.of(old, stamp)))
                .withExercise(replacement);
        WorkoutExercise active = workout.activeExercise();
        return active != null && active.id().equals(exerciseId)
                ? SessionEdits.withActive(next, newExerciseId, stamp) : next;
    }

    public static Workout setNote(Workout workout, String exerciseId, String note, Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        List<FieldError> errors = new ArrayList<>();
        Checks.note(note, Lookup.exercisePath(workout, exerciseId) + ".note", errors);
        SessionEdits.throwIfAny(errors);
        return workout.withExercise(exercise.with(exercise.name(), exercise.restSeconds(), Register.of(note, stamp),
                exercise.position(), exercise.supersetGroup()));
    }

    /**
     * The rest after each set of the exercise: {@code restSeconds}, and {@code restMaxSeconds} for a window ("2:00
     * to 3:00"; 0 = a single rest). Each end is its own register and is stamped only when its value changes, so two
     * devices changing one end each keep both changes.
     */
    public static Workout setRest(Workout workout, String exerciseId, int restSeconds, int restMaxSeconds,
                                  Stamp stamp) {
        WorkoutExercise exercise = Lookup.exercise(workout, exerciseId);
        String path = Lookup.exercisePath(workout, exerciseId);
        List<FieldError> errors = new ArrayList<>();
        Checks.rest(restSeconds, path + ".restSeconds", errors);
        Checks.restWindow(restSeconds, restMaxSeconds, path + ".restMaxSeconds", errors);
        SessionEdits.throwIfAny(errors);
        return workout.withExercise(exercise.withRest(changed(exercise.restSeconds(), restSeconds, stamp),
                exercise.restMaxSeconds() == null && restMaxSeconds == 0 ? null
                        : changed(exercise.restMaxSeconds(), restMaxSeconds, stamp)));
    }

    /** Groups the consecutive exercises from {@code firstId} to {@code lastId} (at least two) into a superset. */
    public static Workout groupSuperset(Workout workout, String firstId, String lastId, String groupId,
                                        Stamp stamp) {
        Lookup.requireItemId(groupId, "groupId");
        List<WorkoutExercise> visible = workout.visibleExercises();
        int from = visible.indexOf(Lookup.exercise(workout, firstId));
        int to = visible.indexOf(Lookup.exercise(workout, lastId));
        if (to <= from) {
            throw new ValidationException(new FieldError("exercises", "A superset needs two or more exercises"));
        }
        Workout next = workout;
        for (int k = from; k <= to; k++) {
            next = withGroup(next, visible.get(k), groupId, stamp);
        }
        return next;
    }

    /** Takes every exercise of the superset that holds {@code exerciseId} out of it. */
    public static Workout ungroupSuperset(Workout workout, String exerciseId, Stamp stamp) {
        Lookup.exercise(workout, exerciseId);
        Workout next = workout;
        for (WorkoutExercise member : SupersetRounds.supersetOf(workout, exerciseId)) {
            if (!member.groupValue().isEmpty()) {
                next = withGroup(next, member, "", stamp);
            }
        }
        return next;
    }

    private static Workout withGroup(Workout workout, WorkoutExercise exercise, String group, Stamp stamp) {
        return workout.withExercise(exercise.with(exercise.name(), exercise.restSeconds(), exercise.note(),
                exercise.position(), Register.of(group, stamp)));
    }

    static List<String> keys(List<WorkoutExercise> exercises) {
        List<String> keys = new ArrayList<>();
        for (WorkoutExercise exercise : exercises) {
            keys.add(exercise.positionKey());
        }
        return keys;
    }

    private static Register<Integer> changed(Register<Integer> register, int value, Stamp stamp) {
        return register != null && register.value() == value ? register : Register.of(value, stamp);
    }
}
