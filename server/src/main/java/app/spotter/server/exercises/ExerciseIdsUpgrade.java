package app.spotter.server.exercises;

import app.spotter.server.history.ExerciseBests;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The code half of schema step V10 (its script first adds {@code workout_sets.exercise_id} and makes
 * {@code exercise_bests} anew, keyed by it): points every set logged before at its exercise, as logging does now
 * ({@link ExerciseIds}; a name nobody knows becomes a custom exercise, dated by its first logged workout), then
 * fills {@code exercise_bests} from the sets. Runs inside the step's transaction.
 */
public final class ExerciseIdsUpgrade {
    private ExerciseIdsUpgrade() {
    }

    private record LoggedName(String userId, String name, String kind, long firstLogged) {
    }

    public static void fill(Handle h) {
        List<LoggedName> names = h.createQuery("SELECT user_id, exercise, MIN(kind) AS kind,"
                        + " MIN(started_at) AS first FROM workout_sets GROUP BY user_id, exercise"
                        + " ORDER BY user_id, MIN(started_at), exercise")
                .map((rs, ctx) -> new LoggedName(rs.getString("user_id"), rs.getString("exercise"),
                        rs.getString("kind"), rs.getLong("first")))
                .list();
        PreparedBatch batch = h.prepareBatch("INSERT INTO exercise_ids_upgrade (user_id, exercise, exercise_id)"
                + " VALUES (:user, :name, :id)");
        String user = null;
        ExerciseIds ids = null;
        for (LoggedName logged : names) {
            if (!logged.userId().equals(user)) {
                user = logged.userId();
                ids = ExerciseIds.forUser(h, user);
            }
            ExerciseKind kind = ExerciseKind.fromWire(logged.kind());
            String id = ids.idFor(h, logged.name(), kind == null ? ExerciseKind.WEIGHT_REPS : kind,
                    logged.firstLogged());
            batch.bind("user", user).bind("name", logged.name()).bind("id", id).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        h.execute("UPDATE workout_sets SET exercise_id = (SELECT u.exercise_id FROM exercise_ids_upgrade u"
                + " WHERE u.user_id = workout_sets.user_id AND u.exercise = workout_sets.exercise)");
        h.execute("DROP TABLE exercise_ids_upgrade");
        ExerciseBests.fillAll(h);
    }
}
