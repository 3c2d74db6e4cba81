package app.spotter.session;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.Checks;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A workout in progress (or finished, when {@code finishedAt > 0}). Every operation takes the device time and
 * returns a new session with {@code revision} incremented and {@code updatedAt} stamped; nothing here reads a clock.
 */
public record WorkoutSession(String sessionId, String templateId, String name, long startedAt, long updatedAt,
                             long revision, int activeExerciseIndex, long restEndsAt,
                             List<SessionExercise> exercises, long finishedAt) {
    public static final int SCHEMA = 1;

    public WorkoutSession {
        exercises = List.copyOf(exercises);
    }

    public static WorkoutSession start(WorkoutTemplate template, String sessionId, long now) {
        List<SessionExercise> exercises = new ArrayList<>();
        for (ExercisePlan plan : template.exercises()) {
            List<SetEntry> sets = new ArrayList<>();
            for (SetTarget target : plan.sets()) {
                sets.add(SetEntry.planned(target.reps(), target.weight()));
            }
            exercises.add(new SessionExercise(plan.name(), plan.restSeconds(), sets));
        }
        return new WorkoutSession(sessionId, template.id(), template.name(), now, now, 1, 0, 0, exercises, 0);
    }

    public boolean isFinished() {
        return finishedAt > 0;
    }

    public SetEntry set(int exercise, int set) {
        return exercises.get(exercise).sets().get(set);
    }

    /** Marks a set done, makes its exercise the active one and starts that exercise's rest countdown. */
    public WorkoutSession completeSet(int exercise, int set, long now) {
        SessionExercise ex = exercises.get(exercise);
        long restEnds = ex.restSeconds() > 0 ? now + ex.restSeconds() * 1000L : 0;
        return changed(replaceSet(exercise, set, set(exercise, set).withDone(true, now)), exercise, restEnds, now);
    }

    public WorkoutSession undoSet(int exercise, int set, long now) {
        return changed(replaceSet(exercise, set, set(exercise, set).withDone(false, now)), activeExerciseIndex,
                restEndsAt, now);
    }

    /** Records the actual reps and weight of a set; refuses values outside the shared limits. */
    public WorkoutSession editSet(int exercise, int set, int reps, double weight, long now) {
        List<FieldError> errors = new ArrayList<>();
        String at = FieldPath.set(exercise, set);
        Checks.reps(reps, at + ".reps", errors);
        Checks.weight(weight, at + ".weight", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return changed(replaceSet(exercise, set, set(exercise, set).withActual(reps, weight, now)),
                activeExerciseIndex, restEndsAt, now);
    }

    public WorkoutSession moveTo(int exercise, long now) {
        int index = Math.max(0, Math.min(exercises.size() - 1, exercise));
        return changed(exercises, index, restEndsAt, now);
    }

    public WorkoutSession skipRest(long now) {
        return changed(exercises, activeExerciseIndex, 0, now);
    }

    /** Lengthens or shortens the running rest; shortening past zero ends it. */
    public WorkoutSession adjustRest(int deltaSeconds, long now) {
        if (restRemainingSeconds(now) == 0) {
            return this;
        }
        long ends = restEndsAt + deltaSeconds * 1000L;
        return changed(exercises, activeExerciseIndex, ends > now ? ends : 0, now);
    }

    public WorkoutSession finish(long now) {
        WorkoutSession s = changed(exercises, activeExerciseIndex, 0, now);
        return new WorkoutSession(sessionId, templateId, name, startedAt, now, s.revision, activeExerciseIndex, 0,
                exercises, Math.max(now, startedAt + 1));
    }

    /** Seconds since the start, derived from the start time so reloads and sleeping phones cannot make it drift. */
    public long elapsedSeconds(long now) {
        long end = isFinished() ? finishedAt : now;
        return Math.max(0, (end - startedAt) / 1000);
    }

    /** The total duration of a finished session. */
    public long durationSeconds() {
        return isFinished() ? elapsedSeconds(finishedAt) : 0;
    }

    /** Whole seconds of rest left (rounded up, so the countdown shows 1 until it is really over). */
    public long restRemainingSeconds(long now) {
        if (restEndsAt <= now) {
            return 0;
        }
        return (restEndsAt - now + 999) / 1000;
    }

    public int setsDone() {
        int n = 0;
        for (SessionExercise ex : exercises) {
            n += ex.setsDone();
        }
        return n;
    }

    public int setsPlanned() {
        int n = 0;
        for (SessionExercise ex : exercises) {
            n += ex.sets().size();
        }
        return n;
    }

    public double volumeKg() {
        double total = 0;
        for (SessionExercise ex : exercises) {
            for (SetEntry set : ex.sets()) {
                total += set.volumeKg();
            }
        }
        return total;
    }

    private List<SessionExercise> replaceSet(int exercise, int set, SetEntry entry) {
        List<SessionExercise> copy = new ArrayList<>(exercises);
        copy.set(exercise, exercises.get(exercise).withSet(set, entry));
        return copy;
    }

    private WorkoutSession changed(List<SessionExercise> newExercises, int active, long restEnds, long now) {
        return new WorkoutSession(sessionId, templateId, name, startedAt, now, revision + 1, active, restEnds,
                newExercises, finishedAt);
    }
}
