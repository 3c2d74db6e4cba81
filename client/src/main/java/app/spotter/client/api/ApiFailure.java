package app.spotter.client.api;

import app.spotter.client.platform.HttpResponse;
import app.spotter.validation.FieldError;

/**
 * A request the server did not answer with 2xx, sorted by what a caller can do about it: send it again later
 * ({@link Kind#RETRY}: offline, 5xx, 408, 429), sign in again ({@link Kind#SIGNED_OUT}: 401), or accept that the
 * server read the request and said no ({@link Kind#REFUSED}: any other 4xx, sending it again gets the same answer).
 *
 * @param status the HTTP status, 0 when the server could not be reached
 * @param error what went wrong in words a user can read (the server's {@code {"error", "field"}} body for a 4xx)
 */
public record ApiFailure(Kind kind, int status, FieldError error) {
    /** What the caller can do about a failure. */
    public enum Kind { RETRY, SIGNED_OUT, REFUSED }

    private static final int UNAUTHORIZED = 401;
    private static final int TIMEOUT = 408;
    private static final int TOO_MANY = 429;

    public static ApiFailure of(HttpResponse response) {
        return new ApiFailure(kindOf(response.status()), response.status(), ApiErrors.from(response));
    }

    /** The server could not be reached at all (offline, DNS, connection refused). */
    public boolean offline() {
        return status == HttpResponse.UNREACHABLE;
    }

    public boolean retry() {
        return kind == Kind.RETRY;
    }

    public boolean refused() {
        return kind == Kind.REFUSED;
    }

    private static Kind kindOf(int status) {
        if (status == UNAUTHORIZED) {
            return Kind.SIGNED_OUT;
        }
        boolean clientError = status >= 400 && status < 500 && status != TIMEOUT && status != TOO_MANY;
        return clientError ? Kind.REFUSED : Kind.RETRY;
    }
}
