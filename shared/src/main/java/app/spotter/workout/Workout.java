package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;

/**
 * The workout document (session model 2): a live or finished session as a state-based CRDT. The header
 * (session id, template id, start in server time, creation stamp) is fixed; everything else is registers,
 * and exercises (removed ones too) are kept in id order. {@code partial} marks a delta that carries only some
 * fields. Operations live in {@link SessionEdits}, {@link ExerciseEdits} and {@link SetEdits}; merging in
 * {@link WorkoutMerge}.
 */
public record Workout(String sessionId, String templateId, Register<Long> start, Stamp created, boolean partial,
                      Register<String> name, Register<String> note, Register<String> activeExerciseId,
                      Register<Rest> rest, Register<Long> finishedAt, List<WorkoutExercise> exercises) {
    public static final int SCHEMA = 2;

    public Workout {
        templateId = templateId == null ? "" : templateId;
        if (start == null) {
            throw new IllegalArgumentException("a workout needs its start, partial or not");
        }
        exercises = Items.byId(exercises, WorkoutExercise::id);
    }

    /** A workout whose start is as it was made (stamped with {@code created}); only an edit moves it later. */
    public Workout(String sessionId, String templateId, long startedAt, Stamp created, boolean partial,
                   Register<String> name, Register<String> note, Register<String> activeExerciseId,
                   Register<Rest> rest, Register<Long> finishedAt, List<WorkoutExercise> exercises) {
        this(sessionId, templateId, Register.of(startedAt, created), created, partial, name, note, activeExerciseId,
                rest, finishedAt, exercises);
    }

    /** When the workout started (server time, epoch ms): a register, so editing a logged workout can move it. */
    public long startedAt() {
        return start.value();
    }

    /** The exercises that are not removed, in order of position (then id). */
    public List<WorkoutExercise> visibleExercises() {
        List<WorkoutExercise> visible = new ArrayList<>();
        for (WorkoutExercise exercise : exercises) {
            if (!exercise.isRemoved()) {
                visible.add(exercise);
            }
        }
        Items.sortByPosition(visible, WorkoutExercise::positionKey, WorkoutExercise::id);
        return visible;
    }

    /** The exercise with this id, removed or not, or null. */
    public WorkoutExercise exercise(String exerciseId) {
        return Items.find(exercises, exerciseId, WorkoutExercise::id);
    }

    public String nameValue() {
        return name == null ? "" : name.value();
    }

    public String noteValue() {
        return note == null ? "" : note.value();
    }

    public Rest restValue() {
        return rest == null ? Rest.NONE : rest.value();
    }

    /** The exercise the player shows: the active one when it is visible, else the first visible one, or null. */
    public WorkoutExercise activeExercise() {
        List<WorkoutExercise> visible = visibleExercises();
        String active = activeExerciseId == null ? "" : activeExerciseId.value();
        for (WorkoutExercise exercise : visible) {
            if (exercise.id().equals(active)) {
                return exercise;
            }
        }
        return visible.isEmpty() ? null : visible.get(0);
    }

    public boolean isFinished() {
        return finishedAtValue() > 0;
    }

    /**
     * When the workout was finished (server time, epoch ms), or 0. Never before the start: a Finish from a device
     * that had not seen the workout moved to a later date merges with its own finish time, and such a workout
     * reads as ending when it starts rather than as a document the merge made invalid.
     */
    public long finishedAtValue() {
        long at = finishedAt == null ? 0 : finishedAt.value();
        return at == 0 ? 0 : Math.max(at, startedAt());
    }

    /** Seconds since the start in server time, up to the finish once finished. */
    public long elapsedSeconds(long serverNow) {
        long end = isFinished() ? finishedAtValue() : serverNow;
        return Math.max(0, (end - startedAt()) / 1000);
    }

    /** The duration of a finished workout in seconds (0 while it runs). */
    public long durationSeconds() {
        return isFinished() ? elapsedSeconds(0) : 0;
    }

    /** Whole seconds of rest left at {@code serverNow}, rounded up so the countdown shows 1 until it is over. */
    public long restRemainingSeconds(long serverNow) {
        long endsAt = restValue().endsAt();
        return endsAt <= serverNow ? 0 : (endsAt - serverNow + 999) / 1000;
    }

    public int setsDone() {
        int n = 0;
        for (WorkoutExercise exercise : visibleExercises()) {
            n += exercise.setsDone();
        }
        return n;
    }

    public int setsPlanned() {
        int n = 0;
        for (WorkoutExercise exercise : visibleExercises()) {
            n += exercise.visibleSets().size();
        }
        return n;
    }

    /** Reps x kg over done sets that are not warm-ups, of the kinds that count volume. */
    public double volumeKg() {
        double total = 0;
        for (WorkoutExercise exercise : visibleExercises()) {
            if (!exercise.kind().countsVolume()) {
                continue;
            }
            for (WorkoutSet set : exercise.visibleSets()) {
                if (set.isDone() && set.typeValue() != SetType.WARMUP) {
                    total += set.repsValue() * set.weightValue();
                }
            }
        }
        return total;
    }

    /** Where the player goes after a set of {@code exerciseId} is completed, and whether rest starts. */
    public SupersetRounds.Step nextAfterCompleting(String exerciseId) {
        return SupersetRounds.after(this, exerciseId);
    }

    /** The latest stamp anywhere in the document: the watermark of a send, and what a HybridClock observes. */
    public Stamp latestStamp() {
        Stamp max = Stamp.max(created, start.at());
        max = Register.latest(max, name);
        max = Register.latest(max, note);
        max = Register.latest(max, activeExerciseId);
        max = Register.latest(max, rest);
        max = Register.latest(max, finishedAt);
        for (WorkoutExercise exercise : exercises) {
            max = Stamp.max(max, exercise.latestStamp());
        }
        return max;
    }

    Workout with(Register<String> newName, Register<String> newNote, Register<String> newActive,
                 Register<Rest> newRest, Register<Long> newFinishedAt, List<WorkoutExercise> newExercises) {
        return new Workout(sessionId, templateId, start, created, partial, newName, newNote, newActive, newRest,
                newFinishedAt, newExercises);
    }

    Workout withStart(Register<Long> newStart, Register<Long> newFinishedAt) {
        return new Workout(sessionId, templateId, newStart, created, partial, name, note, activeExerciseId, rest,
                newFinishedAt, exercises);
    }

    Workout withExercise(WorkoutExercise exercise) {
        return with(name, note, activeExerciseId, rest, finishedAt,
                Items.replace(exercises, exercise, WorkoutExercise::id));
    }
}
