package app.spotter.server.exercises;

import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.ExerciseRename;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * A user's logged history of an exercise: whether any logged set points at it, and moving it to another name. Every
 * logged workout with an exercise named like {@code fromKey}, done sets or not, is rewritten with the new name,
 * which rewrites its {@code workout_sets} and {@code exercise_bests} rows too, so history, records, progress and
 * export all answer under the new name.
 */
final class ExerciseHistory {
    private ExerciseHistory() {
    }

    /** Whether a logged set points at the exercise with this id. */
    static boolean isLogged(Handle h, String userId, String exerciseId) {
        return h.createQuery("SELECT 1 FROM workout_sets WHERE user_id = :user AND exercise_id = :id LIMIT 1")
                .bind("user", userId).bind("id", exerciseId).mapTo(Integer.class).findOne().isPresent();
    }

    /**
     * Rewrites the workouts; returns how many changed. Inside the caller's transaction. Every logged document is
     * read, since an exercise with no done set has no {@code workout_sets} row to find it by; a rename is rare.
     */
    static int rename(Handle h, String userId, Predicate<String> matches, String newName, long now, String node) {
        List<Workout> renamed = new ArrayList<>();
        try (Stream<String> bodies = h.createQuery("SELECT body FROM workouts WHERE user_id = :user")
                .bind("user", userId).mapTo(String.class).stream()) {
            bodies.forEach(body -> {
                Workout logged = StoredDocuments.workout(body);
                Workout changed = ExerciseRename.rename(logged, matches, newName, now, node);
                if (changed != logged) {
                    renamed.add(changed);
                }
            });
        }
        ExerciseIds ids = ExerciseIds.forUser(h, userId);
        for (Workout workout : renamed) {
            WorkoutLog.rewrite(h, userId, workout, now, ids);
        }
        return renamed.size();
    }
}
