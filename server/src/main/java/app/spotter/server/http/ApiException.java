package app.spotter.server.http;

import com.grack.nanojson.JsonObject;

/** A refusal with an HTTP status and a JSON body {@code {"error", "field"?, ...extra}}; mapped in one place. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String field;
    private final JsonObject extra;

    public ApiException(int status, String message, String field, JsonObject extra) {
        super(message);
        this.status = status;
        this.field = field == null ? "" : field;
        this.extra = extra == null ? new JsonObject() : extra;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found", "", null);
    }

    public static ApiException badRequest(String message, String field) {
        return new ApiException(400, message, field, null);
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        JsonObject body = new JsonObject();
        body.put("error", getMessage());
        if (!field.isEmpty()) {
            body.put("field", field);
        }
        body.putAll(extra);
        return body;
    }
}
