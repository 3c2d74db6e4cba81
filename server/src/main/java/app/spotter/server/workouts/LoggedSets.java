package app.spotter.server.workouts;

import app.spotter.history.Epley;
import app.spotter.server.exercises.ExerciseIds;
import app.spotter.server.history.ExerciseBests;
import app.spotter.server.history.RecordBuckets;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code workout_sets} rows of a logged workout: one per done, not removed set of a not removed exercise, in
 * the order shown (CONTRACT.md), so history, records and progress are indexed queries. Each row points at the
 * exercise it is ({@link ExerciseIds}: a catalog or custom exercise's id) beside the name it was logged under.
 * Rewritten whole whenever the workout is logged, amended or deleted, inside that write's transaction, with the workout's
 * {@code exercise_bests} rows ({@link ExerciseBests}) made from them and the {@link RecordBuckets} of its time.
 */
final class LoggedSets {
    /** The columns of {@code workout_sets} in the order {@link #replace} binds them. */
    static final String COLUMNS = "user_id, session_id, started_at, exercise_index, exercise, exercise_id,"
            + " set_index, kind, set_type, reps, weight, duration_seconds, distance_meters, rpe, e1rm";

    private LoggedSets() {
    }

    /** One {@code workout_sets} row of a workout, its user and session id aside. */
    record SetRow(int exerciseIndex, String exercise, int setIndex, String kind, String setType, int reps,
                  double weight, int duration, double distance, double rpe, double e1rm) {
    }

    /**
     * Writes the workout's rows, each exercise's name resolved by {@code ids} (which adds a custom exercise for a
     * name the user does not have yet, created at {@code now}).
     */
    static void replace(Handle h, String userId, Workout workout, ExerciseIds ids, long now) {
        remove(h, userId, workout.sessionId());
        PreparedBatch batch = h.prepareBatch("INSERT INTO workout_sets (" + COLUMNS + ") VALUES (:user, :id,"
                + " :startedAt, :exerciseIndex, :exercise, :exerciseId, :setIndex, :kind, :setType, :reps, :weight,"
                + " :duration, :distance, :rpe, :e1rm)");
        for (SetRow row : rows(workout)) {
            batch.bind("user", userId).bind("id", workout.sessionId()).bind("startedAt", workout.startedAt())
                    .bind("exerciseIndex", row.exerciseIndex()).bind("exercise", row.exercise())
                    .bind("exerciseId", ids.idFor(h, row.exercise(), ExerciseKind.fromWire(row.kind()), now))
                    .bind("setIndex", row.setIndex()).bind("kind", row.kind()).bind("setType", row.setType())
                    .bind("reps", row.reps()).bind("weight", row.weight()).bind("duration", row.duration())
                    .bind("distance", row.distance()).bind("rpe", row.rpe()).bind("e1rm", row.e1rm()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        ExerciseBests.fill(h, userId, workout.sessionId());
        RecordBuckets.add(h, userId, workout.sessionId());
    }

    /** The rows {@link #replace} writes for the workout. */
    static List<SetRow> rows(Workout workout) {
        List<SetRow> rows = new ArrayList<>();
        List<WorkoutExercise> exercises = workout.visibleExercises();
        for (int e = 0; e < exercises.size(); e++) {
            WorkoutExercise exercise = exercises.get(e);
            List<WorkoutSet> sets = exercise.visibleSets();
            for (int s = 0; s < sets.size(); s++) {
                WorkoutSet set = sets.get(s);
                if (set.isDone()) {
                    rows.add(new SetRow(e, exercise.nameValue(), s, exercise.kind().wireName(),
                            set.typeValue().wireName(), set.repsValue(), set.weightValue(), set.durationValue(),
                            set.distanceValue(), set.rpeValue(), oneRepMax(exercise.kind(), set)));
                }
            }
        }
        return rows;
    }

    static void remove(Handle h, String userId, String sessionId) {
        RecordBuckets.leave(h, userId, sessionId);
        ExerciseBests.remove(h, userId, sessionId);
        h.createUpdate("DELETE FROM workout_sets WHERE user_id = :user AND session_id = :id")
                .bind("user", userId).bind("id", sessionId).execute();
    }

    private static double oneRepMax(ExerciseKind kind, WorkoutSet set) {
        if (kind != ExerciseKind.WEIGHT_REPS || set.typeValue() == SetType.WARMUP) {
            return 0;
        }
        return Epley.oneRepMax(set.repsValue(), set.weightValue());
    }
}
