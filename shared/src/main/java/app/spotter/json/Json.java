package app.spotter.json;

import app.spotter.validation.FieldError;
import app.spotter.validation.Limits;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;

/** Parsing and writing of JSON text for every document of the app, on both sides (our own reader into nanojson's tree and
 * writer of it, which write what nanojson's own would). */
public final class Json {
    private Json() {
    }

    /** Parses a JSON object; malformed, non-object or too deeply nested text is refused with a whole-document error. */
    public static JsonObject parseObject(String text) {
        if (parse(text) instanceof JsonObject obj) {
            return obj;
        }
        throw new ValidationException(FieldError.whole("Malformed JSON: an object was expected"));
    }

    /** Parses a JSON array, with the same refusals as {@link #parseObject}. */
    public static JsonArray parseArray(String text) {
        if (parse(text) instanceof JsonArray array) {
            return array;
        }
        throw new ValidationException(FieldError.whole("Malformed JSON: an array was expected"));
    }

    private static Object parse(String text) {
        checkDepth(text);
        try {
            return JsonTreeReader.read(text);
        } catch (JsonTreeReader.Malformed e) {
            throw new ValidationException(FieldError.whole("Malformed JSON: " + e.getMessage()));
        } catch (RuntimeException e) {
            throw new ValidationException(FieldError.whole("Malformed JSON"));
        }
    }

    public static String write(Object objectOrArray) {
        return JsonTextWriter.write(objectOrArray);
    }

    // The parser recurses per nesting level; refusing deep documents first keeps hostile input off the stack.
    private static void checkDepth(String text) {
        if (text == null) {
            throw new ValidationException(FieldError.whole("Malformed JSON: empty body"));
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > Limits.JSON_MAX_DEPTH) {
                    throw new ValidationException(FieldError.whole("JSON is nested too deeply"));
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }
}
