package app.spotter.workout;

import app.spotter.json.JsonNumbers;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;

/** Writes a workout document (whole or partial) as wire format 2; see {@link WorkoutCodec} for the layout. */
final class WorkoutWriter {
    private WorkoutWriter() {
    }

    static JsonObject toJson(Workout w) {
        JsonObject obj = header(w);
        JsonArray exercises = new JsonArray();
        for (WorkoutExercise exercise : w.exercises()) {
            exercises.add(exercise(exercise, w.created()));
        }
        obj.put("exercises", exercises);
        return obj;
    }

    /** The document without its exercises, which always come last (so {@link WorkoutJsonCache} can splice). */
    static JsonObject header(Workout w) {
        JsonObject obj = new JsonObject();
        obj.put("schema", Workout.SCHEMA);
        if (w.partial()) {
            obj.put("partial", true);
        }
        obj.put("sessionId", w.sessionId());
        obj.put("templateId", w.templateId());
        JsonObject at = new JsonObject();
        put(obj, at, w.created(), "startedAt", w.start());
        obj.put("created", w.created().text());
        put(obj, at, w.created(), "name", w.name());
        put(obj, at, w.created(), "note", w.note());
        put(obj, at, w.created(), "activeExerciseId", w.activeExerciseId());
        if (w.rest() != null) {
            JsonObject rest = new JsonObject();
            rest.put("endsAt", JsonNumbers.of(w.rest().value().endsAt()));
            rest.put("seconds", w.rest().value().seconds());
            if (w.rest().value().maxSeconds() != 0) {
                rest.put("maxSeconds", w.rest().value().maxSeconds());
            }
            putValue(obj, at, w.created(), "rest", rest, w.rest().at());
        }
        put(obj, at, w.created(), "finishedAt", w.finishedAt());
        if (!w.partial() && w.isFinished()) {
            obj.put("durationSeconds", w.durationSeconds());
        }
        putAt(obj, at);
        return obj;
    }

    // An item's "created" is left out when it is the document's (everything a template start made).
    static JsonObject exercise(WorkoutExercise e, Stamp docCreated) {
        JsonObject obj = exerciseHeader(e, docCreated);
        JsonArray sets = new JsonArray();
        for (WorkoutSet set : e.sets()) {
            sets.add(set(set, e.kind(), docCreated));
        }
        obj.put("sets", sets);
        return obj;
    }

    /** The exercise without its sets, which always come last (so {@link WorkoutJsonCache} can splice). */
    static JsonObject exerciseHeader(WorkoutExercise e, Stamp docCreated) {
        JsonObject obj = new JsonObject();
        obj.put("id", e.id());
        if (!e.created().equals(docCreated)) {
            obj.put("created", e.created().text());
        }
        obj.put("kind", e.kind().wireName());
        JsonObject at = new JsonObject();
        put(obj, at, e.created(), "name", e.name());
        put(obj, at, e.created(), "restSeconds", e.restSeconds());
        put(obj, at, e.created(), "restMaxSeconds", e.restMaxSeconds());
        put(obj, at, e.created(), "note", e.note());
        put(obj, at, e.created(), "position", e.position());
        put(obj, at, e.created(), "supersetGroup", e.supersetGroup());
        if (e.removed() != null) {
            JsonObject removed = new JsonObject();
            removed.put("at", e.removed().at().text());
            JsonObject seen = new JsonObject();
            e.removed().seenDone().forEach((setId, stamp) -> seen.put(setId, stamp.text()));
            removed.put("seenDone", seen);
            obj.put("removed", removed);
        }
        putAt(obj, at);
        return obj;
    }

    static JsonObject set(WorkoutSet s, ExerciseKind kind, Stamp docCreated) {
        JsonObject obj = new JsonObject();
        obj.put("id", s.id());
        if (!s.created().equals(docCreated)) {
            obj.put("created", s.created().text());
        }
        JsonObject at = new JsonObject();
        put(obj, at, s.created(), "position", s.position());
        if (s.type() != null) {
            putValue(obj, at, s.created(), "type", s.type().value().wireName(), s.type().at());
        }
        put(obj, at, s.created(), "reps", s.reps());
        put(obj, at, s.created(), "weight", s.weight());
        put(obj, at, s.created(), "durationSeconds", s.durationSeconds());
        put(obj, at, s.created(), "distanceMeters", s.distanceMeters());
        put(obj, at, s.created(), "rpe", s.rpe());
        if (s.targets() != null) {
            putValue(obj, at, s.created(), "targets", targets(s.targets().value(), kind), s.targets().at());
        }
        if (s.doneAt() != null) {
            obj.put("doneAt", s.doneAt().text());
        }
        putRetraction(obj, "undone", s.undone());
        putRetraction(obj, "removed", s.removed());
        putAt(obj, at);
        return obj;
    }

    /** Targets of a kind: only the fields it takes. */
    static JsonObject targets(Targets t, ExerciseKind kind) {
        JsonObject obj = new JsonObject();
        if (kind.takesReps()) {
            obj.put("reps", t.reps());
        }
        if (kind.takesWeight()) {
            obj.put("weight", JsonNumbers.of(t.weight()));
        }
        if (kind.takesDuration()) {
            obj.put("durationSeconds", t.durationSeconds());
        }
        if (kind.takesDistance()) {
            obj.put("distanceMeters", JsonNumbers.of(t.distanceMeters()));
        }
        return obj;
    }

    private static void put(JsonObject obj, JsonObject at, Stamp created, String key, Register<?> register) {
        if (register != null) {
            putValue(obj, at, created, key, register.value(), register.at());
        }
    }

    private static void putValue(JsonObject obj, JsonObject at, Stamp created, String key, Object value,
                                 Stamp stamp) {
        obj.put(key, value instanceof Double d ? JsonNumbers.of(d) : value instanceof Long l ? JsonNumbers.of(l)
                : value);
        if (!stamp.equals(created)) {
            at.put(key, stamp.text());
        }
    }

    private static void putAt(JsonObject obj, JsonObject at) {
        if (!at.isEmpty()) {
            obj.put("at", at);
        }
    }

    private static void putRetraction(JsonObject obj, String key, Retraction r) {
        if (r != null) {
            JsonObject value = new JsonObject();
            value.put("at", r.at().text());
            if (r.seenDone() != null) {
                value.put("seenDone", r.seenDone().text());
            }
            obj.put(key, value);
        }
    }
}
