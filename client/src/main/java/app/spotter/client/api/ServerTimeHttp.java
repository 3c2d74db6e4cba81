package app.spotter.client.api;

import app.spotter.client.platform.HttpClient;

/** The app's HTTP client that measures the server's time from every answer's {@code X-Server-Time} header. */
public final class ServerTimeHttp implements HttpClient {
    private final HttpClient http;
    private final ServerClock clock;

    public ServerTimeHttp(HttpClient http, ServerClock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        http.send(method, path, body, measured(callback));
    }

    @Override
    public void upload(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        http.upload(method, path, body, progress, measured(callback));
    }

    private HttpCallback measured(HttpCallback callback) {
        long sentAt = clock.deviceNow();
        return response -> {
            if (response.serverTime() > 0) {
                clock.observe(response.serverTime(), sentAt, clock.deviceNow());
            }
            callback.done(response);
        };
    }
}
