package app.spotter.server.exercises;

import app.spotter.catalog.Names;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.ExerciseRename;
import app.spotter.workout.Workout;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Moves a user's logged history from one exercise name to another: every logged workout with a done set of an
 * exercise named like {@code fromKey} is rewritten with the new name, which rewrites its {@code workout_sets} and
 * {@code exercise_bests} rows too, so history, records, progress and export all answer under the new name.
 */
final class ExerciseHistory {
    /** The stamp node of the server's own edits of a document. */
    static final String NODE = "server";

    private ExerciseHistory() {
    }

    /** The names of the user's logged sets that compare equal to {@code key} (case and punctuation aside). */
    static List<String> loggedNames(Handle h, String userId, String key) {
        return h.createQuery("SELECT DISTINCT exercise FROM workout_sets WHERE user_id = :user")
                .bind("user", userId).mapTo(String.class).stream()
                .filter(name -> Names.normalize(name).equals(key)).toList();
    }

    /** Rewrites the workouts; returns how many changed. Inside the caller's transaction. */
    static int rename(Handle h, String userId, String fromKey, String newName, long now) {
        List<String> names = loggedNames(h, userId, fromKey);
        if (names.isEmpty()) {
            return 0;
        }
        List<String> sessions = h.createQuery("SELECT DISTINCT session_id FROM workout_sets WHERE user_id = :user"
                        + " AND exercise IN (<names>)")
                .bind("user", userId).bindList("names", names).mapTo(String.class).list();
        int changed = 0;
        for (String sessionId : sessions) {
            Workout logged = WorkoutLog.find(h, userId, sessionId).orElse(null);
            if (logged == null) {
                continue;
            }
            Workout renamed = ExerciseRename.rename(logged, name -> Names.normalize(name).equals(fromKey), newName,
                    now, NODE);
            if (renamed != logged) {
                WorkoutLog.rewrite(h, userId, renamed, now);
                changed++;
            }
        }
        return changed;
    }
}
