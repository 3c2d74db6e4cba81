package app.spotter.client.api;

import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.validation.FieldError;
import com.grack.nanojson.JsonObject;

/** Turns a refused request into a message a user can read. */
public final class ApiErrors {
    private ApiErrors() {
    }

    /** The server's {@code {"error", "field"}} body as a field error, or a plain description of the failure. */
    public static FieldError from(HttpResponse response) {
        if (response.unreachable()) {
            return FieldError.whole("The server cannot be reached. Check your connection and try again.");
        }
        try {
            JsonObject body = Json.parseObject(response.body());
            String message = body.getString("error", null);
            if (message != null) {
                return new FieldError(body.getString("field", ""), message);
            }
        } catch (RuntimeException e) {
            // Not our JSON (a proxy page, say): fall through to the status.
        }
        return FieldError.whole("The server answered " + response.status() + ". Try again.");
    }
}
