package app.spotter.server.http;

import app.spotter.json.ErrorBodyCodec;
import app.spotter.validation.FieldError;
import com.grack.nanojson.JsonObject;

/**
 * A refusal with an HTTP status and a JSON body {@code {"error", "field"?, ...extra}}; mapped in one place
 * ({@link ErrorHandlers}). Made only by the factories, one per status the API answers, so a refusal says what it is.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String field;
    private final JsonObject extra;

    private ApiException(int status, String message, String field, JsonObject extra) {
        super(message);
        this.status = status;
        this.field = field == null ? "" : field;
        this.extra = extra;
    }

    private static ApiException of(int status, String field, String message) {
        return new ApiException(status, message, field, new JsonObject());
    }

    /** 400: {@code field} (or "" for the request as a whole) is not acceptable, and {@code message} says why. */
    public static ApiException invalid(String field, String message) {
        return of(400, field, message);
    }

    /** 401: the request needs credentials it did not carry. */
    public static ApiException unauthorized(String message) {
        return of(401, "", message);
    }

    /** 403: the caller (or the {@code field} of the request that names it, such as Host) may not do this. */
    public static ApiException forbidden(String field, String message) {
        return of(403, field, message);
    }

    /** 404 with the message "{what} not found". */
    public static ApiException notFound(String what) {
        return of(404, "", what + " not found");
    }

    /** 409: the request clashes with what is stored (a taken name, another workout in progress). */
    public static ApiException conflict(String field, String message) {
        return of(409, field, message);
    }

    /** 410: what the request is about existed and has ended. */
    public static ApiException gone(String field, String message) {
        return of(410, field, message);
    }

    /** 412: the request relies on something the server does not have (a base for a partial document). */
    public static ApiException preconditionFailed(String field, String message) {
        return of(412, field, message);
    }

    /** 413: the body or one of its parts is larger than the server takes. */
    public static ApiException tooLarge(String message) {
        return of(413, "", message);
    }

    /** 415: the body is not in a type this route reads. */
    public static ApiException unsupportedMediaType(String message) {
        return of(415, "", message);
    }

    /** 429: the caller must wait before trying again. */
    public static ApiException tooManyRequests(String message) {
        return of(429, "", message);
    }

    /** 503: the server cannot do this now; the same request may succeed later. */
    public static ApiException unavailable(String message) {
        return of(503, "", message);
    }

    /** A status decided elsewhere (Javalin's own responses, Jetty's error pages, a read that broke off). */
    public static ApiException withStatus(int status, String message) {
        return of(status, "", message);
    }

    /** This refusal with one more member in its body (the stored copy the client needs to recover, a reason). */
    public ApiException with(String key, Object value) {
        JsonObject member = new JsonObject();
        member.put(key, value);
        return with(member);
    }

    /** This refusal with more members in its body, as a shared codec writes them. */
    public ApiException with(JsonObject members) {
        JsonObject more = new JsonObject();
        more.putAll(extra);
        more.putAll(members);
        return new ApiException(status, getMessage(), field, more);
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        JsonObject body = ErrorBodyCodec.toJson(new FieldError(field, getMessage()));
        body.putAll(extra);
        return body;
    }
}
