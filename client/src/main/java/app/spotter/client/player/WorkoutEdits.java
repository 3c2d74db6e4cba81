package app.spotter.client.player;

import app.spotter.client.settings.UnitSetting;
import app.spotter.client.ui.UnitMessages;
import app.spotter.history.PastSet;
import app.spotter.validation.FieldError;
import app.spotter.validation.TypedRest;
import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.function.Function;

/**
 * What the lifter does to a live workout (session model 2), by item id: each action runs one model operation
 * with a fresh stamp and commits the result. A refused value (out of range, not a number) leaves the workout as
 * it was and names the field.
 */
final class WorkoutEdits {
    private static final int DEFAULT_REST_SECONDS = 90;
    private final WorkoutPlayer player;

    WorkoutEdits(WorkoutPlayer player) {
        this.player = player;
    }

    /** A copy of the exercise's last set, after it. */
    void addSet(String exerciseId) {
        apply(w -> SetEdits.addSet(w, exerciseId, newId(), player.stamp()), false);
    }

    void removeSet(String exerciseId, String setId) {
        apply(w -> SetEdits.removeSet(w, exerciseId, setId, player.stamp()), false);
    }

    /** Opens the exercise form: {@link LiveState#ADDING}, or the id of the exercise to replace. */
    void openPicker(String what) {
        if (player.state().phase() == LiveState.Phase.ACTIVE) {
            player.update(s -> s.withPicking(what).withEditError(null));
        }
    }

    void closePicker() {
        player.update(s -> s.withPicking("").withEditError(null));
    }

    /** Adds an exercise by name and kind after the last one, with one empty set to fill in, and opens it. */
    void addExercise(String name, ExerciseKind kind) {
        String id = newId();
        apply(w -> {
            Workout added = ExerciseEdits.addExercise(w, id, name, kind, DEFAULT_REST_SECONDS, player.stamp());
            return SessionEdits.moveTo(SetEdits.addSet(added, id, newId(), player.stamp()), id, player.stamp());
        }, false);
    }

    void removeExercise(String exerciseId) {
        apply(w -> ExerciseEdits.removeExercise(w, exerciseId, player.stamp()), false);
    }

    /** One place up (-1) or down (+1). */
    void moveExercise(String exerciseId, int direction) {
        apply(w -> ExerciseEdits.moveExercise(w, exerciseId, direction, player.stamp()), false);
    }

    /** Another exercise in its place, keeping its sets. */
    void replaceExercise(String exerciseId, String name, ExerciseKind kind) {
        apply(w -> ExerciseEdits.replaceExercise(w, exerciseId, name, kind, newId(), player.stamp()), false);
    }

    /** The sets not done yet take last time's values, set by set (reps and weight). */
    void sameAsLastTime(String exerciseId) {
        apply(w -> {
            WorkoutExercise exercise = w.exercise(exerciseId);
            java.util.List<PastSet> past = player.state().lastTime().of(exercise.nameValue());
            java.util.List<WorkoutSet> sets = exercise.visibleSets();
            Workout next = w;
            for (int s = 0; s < sets.size() && s < past.size(); s++) {
                WorkoutSet set = sets.get(s);
                if (set.isDone()) {
                    continue;
                }
                if (exercise.kind().takesReps()) {
                    next = SetEdits.setReps(next, exerciseId, set.id(), past.get(s).reps(), player.stamp());
                }
                if (exercise.kind().takesWeight()) {
                    next = SetEdits.setWeight(next, exerciseId, set.id(), past.get(s).weight(), player.stamp());
                }
            }
            return next;
        }, false);
    }

    void setType(String exerciseId, String setId, SetType type) {
        apply(w -> SetEdits.setType(w, exerciseId, setId, type, player.stamp()), false);
    }

    /** RPE from its choice list ("" clears it). */
    void setRpe(String exerciseId, String setId, String text) {
        apply(w -> SetEdits.setRpe(w, exerciseId, setId, text.isEmpty() ? 0
                : SetInput.number(text, SetPaths.of(w, exerciseId, setId) + ".rpe"), player.stamp()), false);
    }

    /** The note of an exercise, or of the whole workout when {@code exerciseId} is empty. */
    void setNote(String exerciseId, String note) {
        apply(w -> exerciseId.isEmpty() ? SessionEdits.setNote(w, note, player.stamp())
                : ExerciseEdits.setNote(w, exerciseId, note, player.stamp()), false);
    }

    /** The rest after each set, as typed ("2:00" or "90"), and the longest rest of a window ("" for none). */
    void setRest(String exerciseId, String restText, String maxText) {
        apply(w -> {
            String at = SetPaths.exercise(w, exerciseId);
            return ExerciseEdits.setRest(w, exerciseId, typed(TypedRest.seconds(restText), at + ".restSeconds",
                    TypedRest.NOT_A_TIME), typed(TypedRest.maxSeconds(maxText), at + ".restMaxSeconds",
                    TypedRest.MAX_NOT_A_TIME), player.stamp());
        }, false);
    }

    /** A typed value of one measured field: "reps", "weight" (kg), "durationSeconds" or "distanceMeters". */
    void editField(String exerciseId, String setId, String field, String text) {
        apply(w -> SetInput.edit(w, exerciseId, setId, field, text, player.stamp()), false);
    }

    /** Done: stored and synced at once; the player moves on round by round and starts the rest. */
    void completeSet(String exerciseId, String setId) {
        apply(w -> SetEdits.completeSet(w, exerciseId, setId, player.stamp(), player.now()), true);
    }

    void undoSet(String exerciseId, String setId) {
        apply(w -> SetEdits.undoSet(w, exerciseId, setId, player.stamp()), false);
    }

    void skipRest() {
        apply(w -> SessionEdits.skipRest(w, player.stamp()), false);
    }

    /** Lengthens (+) or shortens (-) the running rest. */
    void adjustRest(int seconds) {
        apply(w -> SessionEdits.adjustRest(w, seconds, player.stamp(), player.now()), false);
    }

    void select(String exerciseId) {
        apply(w -> SessionEdits.moveTo(w, exerciseId, player.stamp()), false);
    }

    /** Previous (-1) or Next (+1): opens the exercise shown before or after this one, if there is one. */
    void selectNeighbour(String exerciseId, int step) {
        apply(w -> {
            java.util.List<WorkoutExercise> visible = w.visibleExercises();
            int at = visible.indexOf(w.exercise(exerciseId));
            int i = at + step;
            return at < 0 || i < 0 || i >= visible.size() ? w
                    : SessionEdits.moveTo(w, visible.get(i).id(), player.stamp());
        }, false);
    }

    /** Groups an exercise with the next one into a superset (or joins the next one to its superset). */
    void supersetWithNext(String exerciseId) {
        apply(w -> {
            java.util.List<WorkoutExercise> visible = w.visibleExercises();
            int i = visible.indexOf(w.exercise(exerciseId));
            if (i < 0 || i + 1 >= visible.size()) {
                return w;
            }
            String group = w.exercise(exerciseId).groupValue();
            return ExerciseEdits.groupSuperset(w, exerciseId, visible.get(i + 1).id(),
                    group.isEmpty() ? newId() : group, player.stamp());
        }, false);
    }

    void ungroup(String exerciseId) {
        apply(w -> ExerciseEdits.ungroupSuperset(w, exerciseId, player.stamp()), false);
    }

    /** The stopwatch of a duration set: start, then stop, which records the seconds held. */
    void toggleStopwatch(String exerciseId, String setId) {
        LiveState state = player.state();
        String key = exerciseId + "/" + setId;
        if (!key.equals(state.stopwatch())) {
            player.update(s -> s.withStopwatch(key, player.now()));
            return;
        }
        long seconds = Math.max(0, (player.now() - state.stopwatchSince()) / 1000);
        player.update(s -> s.withStopwatch("", 0));
        apply(w -> SetEdits.setDuration(w, exerciseId, setId, (int) seconds, player.stamp()), false);
    }

    private void apply(Function<Workout, Workout> change, boolean syncNow) {
        LiveState state = player.state();
        if (state.phase() != LiveState.Phase.ACTIVE) {
            return;
        }
        try {
            Workout next = change.apply(state.workout());
            if (!state.picking().isEmpty()) {
                player.update(s -> s.withPicking(""));
            }
            if (!next.equals(state.workout())) {
                player.commit(next, syncNow);
            } else if (state.editError() != null) {
                player.update(s -> s.withEditError(null));
            }
        } catch (ValidationException refused) {
            FieldError shown = UnitMessages.inUnit(refused.first(), new UnitSetting(player.platform.storage()).unit());
            player.update(s -> s.withEditError(shown));
        }
    }

    private static int typed(Integer seconds, String field, String message) {
        if (seconds == null) {
            throw new ValidationException(new FieldError(field, message));
        }
        return seconds;
    }

    private String newId() {
        return player.platform.ids().newId();
    }
}
