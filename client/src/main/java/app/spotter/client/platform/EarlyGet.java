package app.spotter.client.platform;

/**
 * An {@link HttpClient} that can send one GET before the code that reads it is ready: the player's draft goes out
 * beside the sign-in check instead of after it. The first request the app then sends for that path gets the early
 * answer (as soon as it is there) instead of going out again; {@link #forget} drops an answer no one should read.
 */
public final class EarlyGet implements HttpClient {
    private final HttpClient http;
    private final Scheduler scheduler;
    private String path;
    private HttpResponse answer;
    private HttpCallback waiting;

    public EarlyGet(HttpClient http, Scheduler scheduler) {
        this.http = http;
        this.scheduler = scheduler;
    }

    /** Sends {@code GET path} now, for the first {@link #send} of it to read. */
    public void sendEarly(String earlyPath) {
        path = earlyPath;
        answer = null;
        waiting = null;
        http.send("GET", earlyPath, null, this::answered);
    }

    /** Drops the early answer no one has asked for yet, arrived or not: the next request for it goes out. */
    public void forget() {
        path = null;
        answer = null;
    }

    @Override
    public void send(String method, String requestPath, String body, HttpCallback callback) {
        if (!"GET".equals(method) || !requestPath.equals(path)) {
            http.send(method, requestPath, body, callback);
            return;
        }
        path = null;
        if (answer == null) {
            waiting = callback;
            return;
        }
        HttpResponse arrived = answer;
        answer = null;
        // Like any answer, later: the caller finishes what it was doing first.
        scheduler.after(0, () -> callback.done(arrived));
    }

    @Override
    public void upload(String method, String requestPath, String body, UploadProgress progress,
            HttpCallback callback) {
        http.upload(method, requestPath, body, progress, callback);
    }

    private void answered(HttpResponse response) {
        if (waiting != null) {
            HttpCallback reader = waiting;
            waiting = null;
            reader.done(response);
        } else if (path != null) {
            answer = response;
        }
    }
}
