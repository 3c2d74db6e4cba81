package app.spotter.client.platform;

/** The answer to a request; status 0 means the server could not be reached (offline, DNS, connection refused). */
public record HttpResponse(int status, String body) {
    public static final int UNREACHABLE = 0;

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean unreachable() {
        return status == UNREACHABLE;
    }
}
