package app.spotter.server.support;

import app.spotter.json.Json;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Stamp;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutDelta;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Session model 2 documents for the server's API tests, made with the shared edits the player uses: a template
 * start gives exercise ids {@code e<i>} and set ids {@code e<i>.s<j>}, and each edit is stamped by the device and
 * time the test names.
 */
public final class SessionDocs {
    private SessionDocs() {
    }

    /** Bench press 8 x 60 and 8 x 62.5 (rest 120); overhead press 10 x 40 and 10 x 42.5 (rest 90). */
    public static Template pushDay() {
        return sized("Push day", 2, 2);
    }

    /** A template of {@code exercises} x {@code sets} weight-and-reps sets. */
    public static Template sized(String name, int exercises, int sets) {
        List<TemplateExercise> plans = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            List<TemplateSet> targets = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                targets.add(new TemplateSet(SetType.NORMAL, new Targets(e == 0 ? 8 : 10,
                        (e == 0 ? 60 : 40) + s * 2.5, 0, 0)));
            }
            String exercise = e == 0 ? "Bench press" : e == 1 ? "Overhead press" : "Exercise " + (e + 1);
            plans.add(new TemplateExercise(exercise, ExerciseKind.WEIGHT_REPS, e == 0 ? 120 : 90, "", "", targets));
        }
        return new Template("t1", name, "", plans);
    }

    public static Stamp at(long millis, String device) {
        return new Stamp(millis, 0, device);
    }

    /** The session as device {@code device} starts it at {@code millis} (server time). */
    public static Workout start(String sessionId, long millis, String device) {
        return SessionEdits.start(pushDay(), sessionId, at(millis, device), millis);
    }

    public static Workout start(Template template, String sessionId, long millis, String device) {
        return SessionEdits.start(template, sessionId, at(millis, device), millis);
    }

    public static String setId(int exercise, int set) {
        return "e" + exercise + ".s" + set;
    }

    public static Workout complete(Workout w, int exercise, int set, Stamp stamp) {
        return SetEdits.completeSet(w, "e" + exercise, setId(exercise, set), stamp, stamp.millis());
    }

    public static Workout undo(Workout w, int exercise, int set, Stamp stamp) {
        return SetEdits.undoSet(w, "e" + exercise, setId(exercise, set), stamp);
    }

    public static Workout finish(Workout w, Stamp stamp) {
        return SessionEdits.finish(w, stamp, stamp.millis());
    }

    public static String json(Workout w) {
        return WorkoutCodec.write(w);
    }

    /** The delta a device sends after {@code watermark} (the highest stamp the server acknowledged). */
    public static String delta(Workout w, Stamp watermark) {
        return WorkoutCodec.write(WorkoutDelta.since(w, watermark));
    }

    public static Workout read(String body) {
        return WorkoutCodec.read(body);
    }

    /** The document in field {@code field} of a JSON answer. */
    public static Workout readIn(String body, String field) {
        return WorkoutCodec.fromJson(Json.parseObject(body).getObject(field), 0);
    }

    public static WorkoutSet set(Workout w, int exercise, int set) {
        WorkoutExercise e = w.exercise("e" + exercise);
        return e.set(setId(exercise, set));
    }

    public static boolean done(Workout w, int exercise, int set) {
        return set(w, exercise, set).isDone();
    }
}
