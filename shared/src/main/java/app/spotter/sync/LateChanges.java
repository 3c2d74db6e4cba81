package app.spotter.sync;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes a device made to a session after that session was logged from another device: the sets its copy changed
 * later than the log did, and that differ from the log. The user sees them and adds them to the log or drops them.
 */
public final class LateChanges {
    private LateChanges() {
    }

    /** One set whose copy on this device differs from the logged workout, and is newer. */
    public record SetChange(int exercise, int set, String exerciseName, SetEntry logged, SetEntry copy) {
    }

    public static List<SetChange> find(WorkoutSession logged, WorkoutSession copy) {
        List<SetChange> changes = new ArrayList<>();
        if (!logged.sessionId().equals(copy.sessionId())) {
            return changes;
        }
        int exercises = Math.min(logged.exercises().size(), copy.exercises().size());
        for (int e = 0; e < exercises; e++) {
            SessionExercise log = logged.exercises().get(e);
            SessionExercise mine = copy.exercises().get(e);
            int sets = Math.min(log.sets().size(), mine.sets().size());
            for (int s = 0; s < sets; s++) {
                SetEntry a = log.sets().get(s);
                SetEntry b = mine.sets().get(s);
                boolean differs = a.done() != b.done() || a.reps() != b.reps() || a.weight() != b.weight();
                if (differs && b.changedAt() > a.changedAt()) {
                    changes.add(new SetChange(e, s, log.name(), a, b));
                }
            }
        }
        return changes;
    }

    /** The logged workout with the late changes of {@code copy} taken in; its times and duration stay as logged. */
    public static WorkoutSession apply(WorkoutSession logged, WorkoutSession copy) {
        List<SetChange> changes = find(logged, copy);
        if (changes.isEmpty()) {
            return logged;
        }
        List<SessionExercise> exercises = new ArrayList<>(logged.exercises());
        for (SetChange change : changes) {
            SessionExercise ex = exercises.get(change.exercise());
            List<SetEntry> sets = new ArrayList<>(ex.sets());
            sets.set(change.set(), change.copy());
            exercises.set(change.exercise(), new SessionExercise(ex.name(), ex.restSeconds(), sets));
        }
        return new WorkoutSession(logged.sessionId(), logged.templateId(), logged.name(), logged.startedAt(),
                Math.max(logged.updatedAt(), copy.updatedAt()), Math.max(logged.revision(), copy.revision()) + 1,
                logged.activeExerciseIndex(), 0, exercises, logged.finishedAt());
    }
}
