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
        long sentAt = clock.deviceNow();
        http.send(method, path, body, response -> {
            if (response.serverTime() > 0) {
                clock.observe(response.serverTime(), sentAt, clock.deviceNow());
            }
            callback.done(response);
        });
    }
}
