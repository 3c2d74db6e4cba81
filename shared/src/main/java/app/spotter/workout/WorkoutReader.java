package app.spotter.workout;

import static app.spotter.json.JsonFields.at;

import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads wire format 2 strictly (shape and types; limits are {@link WorkoutValidator}'s job, and what this side
 * stored is read without them, {@link StoredDocuments}).
 */
public final class WorkoutReader {
    private WorkoutReader() {
    }

    static Workout fromJson(JsonObject obj) {
        int schema = JsonFields.integer(obj, "schema", "");
        if (schema != Workout.SCHEMA) {
            throw WireFields.error("schema", "schema " + schema + " is not read here (this is schema "
                    + Workout.SCHEMA + "; schema 1 goes through SchemaOneUpgrade)");
        }
        boolean partial = obj.containsKey("partial") && JsonFields.bool(obj, "partial", "");
        WireFields f = new WireFields(obj, "", partial, "schema", "partial", "sessionId", "templateId", "startedAt",
                "created", "name", "note", "activeExerciseId", "rest", "finishedAt", "durationSeconds", "at",
                "exercises");
        JsonArray list = JsonFields.array(obj, "exercises", "");
        List<WorkoutExercise> exercises = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < list.size(); i++) {
            WorkoutExercise exercise = exercise(JsonFields.element(list, i, "exercises"), FieldPath.exercise(i),
                    f.created);
            previous = inIdOrder(previous, exercise.id(), FieldPath.exercise(i) + ".id");
            exercises.add(exercise);
        }
        // startedAt is required in a delta too; its stamp is at.startedAt, or created for a start never moved
        // (every document written before the start became a register reads so, unchanged).
        JsonFields.longInteger(obj, "startedAt", "");
        Workout w = new Workout(JsonFields.string(obj, "sessionId", ""), JsonFields.string(obj, "templateId", ""),
                f.register("startedAt", true, JsonFields::longInteger), f.created, partial,
                f.register("name", true, JsonFields::string), f.register("note", true, JsonFields::string),
                f.register("activeExerciseId", true, JsonFields::string), f.register("rest", true,
                WorkoutReader::rest), f.register("finishedAt", true, JsonFields::longInteger), exercises);
        if (obj.containsKey("durationSeconds")) {
            long claimed = JsonFields.longInteger(obj, "durationSeconds", "");
            if (partial || !w.isFinished() || claimed != w.durationSeconds()) {
                throw WireFields.error("durationSeconds", "durationSeconds does not match startedAt and finishedAt");
            }
        }
        return w;
    }

    // Items travel whole, in deltas too: only the session's own fields may be left out of a partial document.
    private static WorkoutExercise exercise(JsonObject obj, String path, Stamp docCreated) {
        WireFields f = new WireFields(obj, path, false, docCreated, "id", "created", "kind", "name", "restSeconds",
                "restMaxSeconds", "note", "position", "supersetGroup", "removed", "at", "sets");
        ExerciseKind kind = kind(obj, path);
        JsonArray list = JsonFields.array(obj, "sets", path);
        List<WorkoutSet> sets = new ArrayList<>();
        String previous = null;
        for (int j = 0; j < list.size(); j++) {
            String setPath = FieldPath.index(path + ".sets", j);
            WorkoutSet set = set(JsonFields.element(list, j, path + ".sets"), setPath, kind, docCreated);
            previous = inIdOrder(previous, set.id(), setPath + ".id");
            sets.add(set);
        }
        return new WorkoutExercise(JsonFields.string(obj, "id", path), f.created, kind,
                f.register("name", true, JsonFields::string), f.register("restSeconds", true, JsonFields::integer),
                f.register("restMaxSeconds", false, JsonFields::integer),
                f.register("note", true, JsonFields::string), f.register("position", true, JsonFields::string),
                f.register("supersetGroup", true, JsonFields::string), f.exerciseRemoval("removed"), sets);
    }

    private static WorkoutSet set(JsonObject obj, String path, ExerciseKind kind, Stamp docCreated) {
        WireFields f = new WireFields(obj, path, false, docCreated, "id", "created", "position", "type", "reps", "weight",
                "durationSeconds", "distanceMeters", "rpe", "targets", "doneAt", "undone", "removed", "at");
        return new WorkoutSet(JsonFields.string(obj, "id", path), f.created,
                f.register("position", true, JsonFields::string), f.register("type", true, WorkoutReader::setType),
                f.register("reps", kind.takesReps(), JsonFields::integer),
                f.register("weight", kind.takesWeight(), JsonFields::number),
                f.register("durationSeconds", kind.takesDuration(), JsonFields::integer),
                f.register("distanceMeters", kind.takesDistance(), JsonFields::number),
                f.register("rpe", true, JsonFields::number),
                f.register("targets", true, (o, k, p) -> targets(JsonFields.object(o, k, p), at(p, k), kind)),
                f.optionalStamp("doneAt"), f.retraction("undone"), f.retraction("removed"));
    }

    /** Targets of a kind: exactly the fields it takes. */
    static Targets targets(JsonObject obj, String path, ExerciseKind kind) {
        List<String> keys = new ArrayList<>();
        if (kind.takesReps()) {
            keys.add("reps");
        }
        if (kind.takesWeight()) {
            keys.add("weight");
        }
        if (kind.takesDuration()) {
            keys.add("durationSeconds");
        }
        if (kind.takesDistance()) {
            keys.add("distanceMeters");
        }
        WireFields.requireOnly(obj, path, keys.toArray(new String[0]));
        return new Targets(kind.takesReps() ? JsonFields.integer(obj, "reps", path) : 0,
                kind.takesWeight() ? JsonFields.number(obj, "weight", path) : 0,
                kind.takesDuration() ? JsonFields.integer(obj, "durationSeconds", path) : 0,
                kind.takesDistance() ? JsonFields.number(obj, "distanceMeters", path) : 0);
    }

    static ExerciseKind kind(JsonObject obj, String path) {
        return kind(obj, "kind", path);
    }

    /** The exercise kind named by field {@code key}; a missing or unknown name is refused. */
    public static ExerciseKind kind(JsonObject obj, String key, String path) {
        ExerciseKind kind = ExerciseKind.fromWire(JsonFields.string(obj, key, path));
        if (kind == null) {
            throw WireFields.error(at(path, key), key + " must be one of weight_reps, bodyweight_reps, assisted, "
                    + "reps_only, duration, distance_duration, weight_duration");
        }
        return kind;
    }

    /** The set type named by field {@code key}; a missing or unknown name is refused. */
    public static SetType setType(JsonObject obj, String key, String path) {
        SetType type = SetType.fromWire(JsonFields.string(obj, key, path));
        if (type == null) {
            throw WireFields.error(at(path, key), key + " must be normal, warmup, drop or failure");
        }
        return type;
    }

    private static Rest rest(JsonObject obj, String key, String path) {
        JsonObject rest = JsonFields.object(obj, key, path);
        String where = at(path, key);
        WireFields.requireOnly(rest, where, "endsAt", "seconds", "maxSeconds");
        int maxSeconds = rest.containsKey("maxSeconds") ? JsonFields.integer(rest, "maxSeconds", where) : 0;
        return new Rest(JsonFields.longInteger(rest, "endsAt", where), JsonFields.integer(rest, "seconds", where),
                maxSeconds);
    }

    private static String inIdOrder(String previous, String id, String field) {
        if (previous != null && previous.compareTo(id) >= 0) {
            throw WireFields.error(field, "items must be listed once each, in id order");
        }
        return id;
    }
}
