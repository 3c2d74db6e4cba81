package app.spotter.json;

import static app.spotter.json.JsonFields.at;

import app.spotter.session.SessionExercise;
import app.spotter.session.SessionValidator;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The session document of the wire format (DESIGN.md): drafts, finished workouts and the local copy alike. */
public final class SessionCodec {
    private SessionCodec() {
    }

    public static String write(WorkoutSession session) {
        return SessionWriter.write(session, null);
    }

    /** As {@link #write(WorkoutSession)}, reusing the JSON of exercises unchanged since the cache last saw them. */
    public static String write(WorkoutSession session, SessionJsonCache cache) {
        return SessionWriter.write(session, cache);
    }

    public static String writeList(List<WorkoutSession> sessions) {
        JsonArray array = new JsonArray();
        for (WorkoutSession session : sessions) {
            array.add(toJson(session));
        }
        return Json.write(array);
    }

    /** Reads and validates a session; refuses bad input, other schema versions and a finished workout whose
     * duration does not match its times. */
    public static WorkoutSession read(String text) {
        return fromJson(Json.parseObject(text));
    }

    public static WorkoutSession fromJson(JsonObject obj) {
        WorkoutSession session = decode(obj, "");
        List<FieldError> errors = SessionValidator.validate(session);
        if (obj.get("durationSeconds") != null) {
            long claimed = JsonFields.longInteger(obj, "durationSeconds", "");
            if (!session.isFinished() || claimed != session.durationSeconds()) {
                errors.add(new FieldError("durationSeconds",
                        "durationSeconds does not match startedAt and finishedAt"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return session;
    }

    /**
     * By shape only (fields, types, schema, an active exercise the session has), without the limits of
     * {@link SessionValidator}: for a session this side stored, which today's limits may no longer admit.
     */
    public static WorkoutSession fromStored(JsonObject obj) {
        WorkoutSession session = decode(obj, "");
        List<FieldError> errors = new ArrayList<>();
        SessionValidator.activeExercise(session, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return session;
    }

    public static List<WorkoutSession> readList(String text) {
        JsonArray array = Json.parseArray(text);
        List<WorkoutSession> sessions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            sessions.add(fromJson(JsonFields.element(array, i, "")));
        }
        return sessions;
    }

    public static JsonObject toJson(WorkoutSession session) {
        JsonObject obj = new JsonObject();
        obj.put("schema", WorkoutSession.SCHEMA);
        obj.put("sessionId", session.sessionId());
        obj.put("templateId", session.templateId());
        obj.put("name", session.name());
        obj.put("startedAt", session.startedAt());
        obj.put("updatedAt", session.updatedAt());
        obj.put("revision", session.revision());
        obj.put("activeExerciseIndex", session.activeExerciseIndex());
        obj.put("restEndsAt", session.restEndsAt());
        JsonArray exercises = new JsonArray();
        for (SessionExercise exercise : session.exercises()) {
            JsonObject ex = new JsonObject();
            ex.put("name", exercise.name());
            ex.put("restSeconds", exercise.restSeconds());
            JsonArray sets = new JsonArray();
            for (SetEntry set : exercise.sets()) {
                JsonObject s = new JsonObject();
                s.put("targetReps", set.targetReps());
                s.put("targetWeight", set.targetWeight());
                s.put("reps", set.reps());
                s.put("weight", set.weight());
                s.put("done", set.done());
                s.put("changedAt", set.changedAt());
                sets.add(s);
            }
            ex.put("sets", sets);
            exercises.add(ex);
        }
        obj.put("exercises", exercises);
        if (session.isFinished()) {
            obj.put("finishedAt", session.finishedAt());
            obj.put("durationSeconds", session.durationSeconds());
        }
        return obj;
    }

    private static WorkoutSession decode(JsonObject obj, String path) {
        int schema = JsonFields.integer(obj, "schema", path);
        if (schema != WorkoutSession.SCHEMA) {
            throw new ValidationException(new FieldError(at(path, "schema"),
                    "schema " + schema + " is not supported (this version reads schema " + WorkoutSession.SCHEMA
                            + ")"));
        }
        JsonArray exercisesJson = JsonFields.array(obj, "exercises", path);
        List<SessionExercise> exercises = new ArrayList<>();
        for (int i = 0; i < exercisesJson.size(); i++) {
            String exPath = FieldPath.index(at(path, FieldPath.EXERCISES), i);
            JsonObject ex = JsonFields.element(exercisesJson, i, at(path, "exercises"));
            JsonArray setsJson = JsonFields.array(ex, "sets", exPath);
            List<SetEntry> sets = new ArrayList<>();
            for (int s = 0; s < setsJson.size(); s++) {
                String p = FieldPath.index(exPath + ".sets", s);
                JsonObject set = JsonFields.element(setsJson, s, exPath + ".sets");
                sets.add(new SetEntry(JsonFields.integer(set, "targetReps", p),
                        JsonFields.number(set, "targetWeight", p), JsonFields.integer(set, "reps", p),
                        JsonFields.number(set, "weight", p), JsonFields.bool(set, "done", p),
                        JsonFields.optionalLong(set, "changedAt", p)));
            }
            exercises.add(new SessionExercise(JsonFields.string(ex, "name", exPath),
                    JsonFields.integer(ex, "restSeconds", exPath), sets));
        }
        return new WorkoutSession(JsonFields.string(obj, "sessionId", path),
                JsonFields.optionalString(obj, "templateId", path), JsonFields.string(obj, "name", path),
                JsonFields.longInteger(obj, "startedAt", path), JsonFields.longInteger(obj, "updatedAt", path),
                JsonFields.longInteger(obj, "revision", path), JsonFields.integer(obj, "activeExerciseIndex", path),
                JsonFields.optionalLong(obj, "restEndsAt", path), exercises,
                JsonFields.optionalLong(obj, "finishedAt", path));
    }
}
