package app.spotter.json;

import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of document fields; a missing field or a wrong type is refused naming the field's path. */
public final class JsonFields {
    private JsonFields() {
    }

    public static String string(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (!(value instanceof String)) {
            throw wrong(path, key, value == null ? "is required" : "must be text");
        }
        return (String) value;
    }

    public static String optionalString(JsonObject obj, String key, String path) {
        return obj.get(key) == null ? "" : string(obj, key, path);
    }

    public static int integer(JsonObject obj, String key, String path) {
        double value = number(obj, key, path);
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrong(path, key, "must be a whole number");
        }
        return (int) value;
    }

    public static long longInteger(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        double d = number(obj, key, path);
        // 2^53: beyond it a double no longer holds every whole number, so the value cannot be trusted.
        if (d != Math.rint(d) || Math.abs(d) > 9007199254740992.0) {
            throw wrong(path, key, "must be a whole number");
        }
        return (long) d;
    }

    public static long optionalLong(JsonObject obj, String key, String path) {
        return obj.get(key) == null ? 0 : longInteger(obj, key, path);
    }

    public static double number(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (!(value instanceof Number)) {
            throw wrong(path, key, value == null ? "is required" : "must be a number");
        }
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw wrong(path, key, "must be a finite number");
        }
        return d;
    }

    public static boolean bool(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (!(value instanceof Boolean)) {
            throw wrong(path, key, value == null ? "is required" : "must be true or false");
        }
        return (Boolean) value;
    }

    public static JsonArray array(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (!(value instanceof JsonArray)) {
            throw wrong(path, key, value == null ? "is required" : "must be a list");
        }
        return (JsonArray) value;
    }

    public static JsonObject object(JsonObject obj, String key, String path) {
        Object value = obj.get(key);
        if (!(value instanceof JsonObject)) {
            throw wrong(path, key, value == null ? "is required" : "must be an object");
        }
        return (JsonObject) value;
    }

    public static JsonObject element(JsonArray array, int index, String path) {
        Object value = array.get(index);
        if (!(value instanceof JsonObject)) {
            throw new ValidationException(new FieldError(path + "[" + index + "]", "must be an object"));
        }
        return (JsonObject) value;
    }

    /** Every element of a list of texts; an element that is not text is refused naming its index. */
    public static List<String> texts(JsonArray array, String path) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Object value = array.get(i);
            if (!(value instanceof String)) {
                throw new ValidationException(new FieldError(path + "[" + i + "]", "must be text"));
            }
            texts.add((String) value);
        }
        return texts;
    }

    public static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static ValidationException wrong(String path, String key, String problem) {
        String field = at(path, key);
        return new ValidationException(new FieldError(field, key + " " + problem));
    }
}
