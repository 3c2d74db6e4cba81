package app.spotter.server.bench;

import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.ArrayList;
import java.util.List;

/** A live workout of a given shape (8 x 4 is a normal session, 40 x 10 a huge one), stored as the owner's draft. */
final class BenchWorkouts {
    private BenchWorkouts() {
    }

    /** Starts {@code exercises} x {@code sets} of weight x reps, nothing done yet, as the server's draft. */
    static Workout storeDraft(RunningServer server, String sessionId, int exercises, int sets) {
        List<TemplateExercise> planned = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<TemplateSet> rows = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                rows.add(new TemplateSet(SetType.NORMAL, new Targets(8, 60 + s * 2.5, 0, 0)));
            }
            planned.add(new TemplateExercise("Exercise " + (e + 1), ExerciseKind.WEIGHT_REPS, 90, "", "", rows));
        }
        long now = System.currentTimeMillis();
        Workout draft = SessionEdits.start(new Template("bench-" + exercises, exercises + " x " + sets, "", planned),
                sessionId, new Stamp(now, 0, "bench"), now);
        int status = server.put("/api/session-draft?baseRevision=0", WorkoutCodec.write(draft)).status();
        if (status != 200) {
            throw new IllegalStateException("the bench's " + exercises + " x " + sets + " workout was refused: "
                    + status);
        }
        return draft;
    }

    static void discard(RunningServer server, String sessionId) {
        server.delete("/api/session-draft/" + sessionId);
    }
}
