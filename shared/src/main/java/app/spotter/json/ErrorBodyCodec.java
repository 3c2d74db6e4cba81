package app.spotter.json;

import app.spotter.validation.FieldError;
import com.grack.nanojson.JsonObject;

/**
 * The one wire form of a refusal, {@code {"error", "field"?}} (the field left out when the request as a whole is at
 * fault; a route may add members of its own, such as the stored copy the client needs): the server writes it, the
 * client reads it. The message is required; a missing field is the whole request.
 */
public final class ErrorBodyCodec {
    private ErrorBodyCodec() {
    }

    public static JsonObject toJson(FieldError error) {
        JsonObject body = new JsonObject();
        body.put("error", error.message());
        if (!error.field().isEmpty()) {
            body.put("field", error.field());
        }
        return body;
    }

    public static String write(FieldError error) {
        return Json.write(toJson(error));
    }

    public static FieldError read(String text) {
        return fromJson(Json.parseObject(text));
    }

    public static FieldError fromJson(JsonObject body) {
        return new FieldError(JsonFields.optionalString(body, "field", ""), JsonFields.string(body, "error", ""));
    }
}
