package app.spotter.workout;

import static app.spotter.json.JsonFields.at;

import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonObject;

/**
 * Strict reads of one wire-format-2 item: every key must be known, a register's stamp is its entry in the item's
 * {@code at} object or else the item's {@code created} stamp, and a whole document must carry every register.
 */
final class WireFields {
    interface Value<T> {
        T read(JsonObject obj, String key, String path);
    }

    final JsonObject obj;
    final String path;
    final Stamp created;
    private final boolean partial;
    private final JsonObject at;

    WireFields(JsonObject obj, String path, boolean partial, String... known) {
        this(obj, path, partial, null, known);
    }

    /** @param defaultCreated the stamp of an item without {@code created} (the document's), or null: required */
    WireFields(JsonObject obj, String path, boolean partial, Stamp defaultCreated, String... known) {
        this.obj = obj;
        this.path = path;
        this.partial = partial;
        for (String key : obj.keySet()) {
            if (!isOneOf(key, known)) {
                throw error(at(path, key), "unknown field " + key);
            }
        }
        this.created = defaultCreated != null && !obj.containsKey("created") ? defaultCreated
                : stamp(obj, "created", path);
        Object atValue = obj.get("at");
        if (atValue != null && !(atValue instanceof JsonObject)) {
            throw error(at(path, "at"), "at must be an object of field stamps");
        }
        this.at = atValue == null ? new JsonObject() : (JsonObject) atValue;
        for (String key : this.at.keySet()) {
            if (!obj.containsKey(key) || key.equals("at")) {
                throw error(at(at(path, "at"), key), "at names a field the item does not carry: " + key);
            }
        }
    }

    /** The register {@code key}: null when absent from a partial document (or when not {@code required}). */
    <T> Register<T> register(String key, boolean required, Value<T> value) {
        if (!obj.containsKey(key)) {
            if (required && !partial) {
                throw error(at(path, key), key + " is required");
            }
            return null;
        }
        T read = value.read(obj, key, path);
        Stamp stamp = at.containsKey(key) ? stamp(at, key, at(path, "at")) : created;
        return Register.of(read, stamp);
    }

    Retraction retraction(String key) {
        Object value = obj.get(key);
        if (value == null) {
            return null;
        }
        String where = at(path, key);
        if (!(value instanceof JsonObject)) {
            throw error(where, key + " must be an object");
        }
        JsonObject r = (JsonObject) value;
        for (String k : r.keySet()) {
            if (!k.equals("at") && !k.equals("seenDone")) {
                throw error(at(where, k), "unknown field " + k);
            }
        }
        return new Retraction(stamp(r, "at", where), r.containsKey("seenDone") ? stamp(r, "seenDone", where) : null);
    }

    ExerciseRemoval exerciseRemoval(String key) {
        Object value = obj.get(key);
        if (value == null) {
            return null;
        }
        String where = at(path, key);
        if (!(value instanceof JsonObject)) {
            throw error(where, key + " must be an object");
        }
        JsonObject r = (JsonObject) value;
        requireOnly(r, where, "at", "seenDone");
        JsonObject seenJson = JsonFields.object(r, "seenDone", where);
        java.util.Map<String, Stamp> seen = new java.util.HashMap<>();
        for (String setId : seenJson.keySet()) {
            seen.put(setId, stamp(seenJson, setId, at(where, "seenDone")));
        }
        return new ExerciseRemoval(stamp(r, "at", where), seen);
    }

    Stamp optionalStamp(String key) {
        return obj.containsKey(key) ? stamp(obj, key, path) : null;
    }

    static Stamp stamp(JsonObject obj, String key, String path) {
        String text = JsonFields.string(obj, key, path);
        try {
            return Stamp.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(at(path, key), key + " must be a stamp like 1764620000000.0.device");
        }
    }

    static ValidationException error(String field, String message) {
        return new ValidationException(new FieldError(field, message));
    }

    static void requireOnly(JsonObject obj, String path, String... known) {
        for (String key : obj.keySet()) {
            if (!isOneOf(key, known)) {
                throw error(at(path, key), "unknown field " + key);
            }
        }
    }

    private static boolean isOneOf(String key, String[] known) {
        for (String k : known) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
