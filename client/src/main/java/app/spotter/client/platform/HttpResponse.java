package app.spotter.client.platform;

/**
 * The answer to a request; status 0 means the server could not be reached (offline, DNS, connection refused).
 * {@code serverTime} is the server's clock at answering (header {@code X-Server-Time}), 0 when it sent none.
 */
public record HttpResponse(int status, String body, long serverTime) {
    public static final int UNREACHABLE = 0;

    public HttpResponse(int status, String body) {
        this(status, body, 0);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean unreachable() {
        return status == UNREACHABLE;
    }
}
