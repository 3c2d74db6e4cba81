package app.spotter.client.api;

import app.spotter.client.platform.HttpResponse;
import app.spotter.json.ErrorBodyCodec;
import app.spotter.validation.FieldError;

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
            return ErrorBodyCodec.read(response.body());
        } catch (RuntimeException e) {
            // Not our JSON (a proxy page, an empty body, no message): fall through to the status.
        }
        return FieldError.whole("The server answered " + response.status() + ". Try again.");
    }
}
