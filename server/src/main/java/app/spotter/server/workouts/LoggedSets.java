package app.spotter.server.workouts;

import app.spotter.history.Epley;
import app.spotter.server.history.ExerciseBests;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code workout_sets} rows of a logged workout: one per done, not removed set of a not removed exercise, in
 * the order shown (CONTRACT.md), so history, records and progress are indexed queries. Rewritten whole whenever
 * the workout is logged, amended or deleted, inside that write's transaction, with the workout's
 * {@code exercise_bests} rows ({@link ExerciseBests}) made from them.
 */
final class LoggedSets {
    private LoggedSets() {
    }

    static void replace(Handle h, String userId, Workout workout) {
        remove(h, userId, workout.sessionId());
        PreparedBatch rows = h.prepareBatch("INSERT INTO workout_sets (user_id, session_id, started_at,"
                + " exercise_index, exercise, set_index, kind, set_type, reps, weight, duration_seconds,"
                + " distance_meters, rpe, e1rm) VALUES (:user, :id, :startedAt, :exerciseIndex, :exercise, :setIndex,"
                + " :kind, :setType, :reps, :weight, :duration, :distance, :rpe, :e1rm)");
        List<WorkoutExercise> exercises = workout.visibleExercises();
        for (int e = 0; e < exercises.size(); e++) {
            WorkoutExercise exercise = exercises.get(e);
            List<WorkoutSet> sets = exercise.visibleSets();
            for (int s = 0; s < sets.size(); s++) {
                WorkoutSet set = sets.get(s);
                if (set.isDone()) {
                    rows.bind("user", userId).bind("id", workout.sessionId()).bind("startedAt", workout.startedAt())
                            .bind("exerciseIndex", e).bind("exercise", exercise.nameValue()).bind("setIndex", s)
                            .bind("kind", exercise.kind().wireName()).bind("setType", set.typeValue().wireName())
                            .bind("reps", set.repsValue()).bind("weight", set.weightValue())
                            .bind("duration", set.durationValue()).bind("distance", set.distanceValue())
                            .bind("rpe", set.rpeValue()).bind("e1rm", oneRepMax(exercise.kind(), set)).add();
                }
            }
        }
        if (rows.size() > 0) {
            rows.execute();
        }
        ExerciseBests.fill(h, userId, workout.sessionId());
    }

    static void remove(Handle h, String userId, String sessionId) {
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
