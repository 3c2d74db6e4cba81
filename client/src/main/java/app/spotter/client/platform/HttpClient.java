package app.spotter.client.platform;

/** Asynchronous HTTP to our own server. */
public interface HttpClient {
    /** Sends a request; {@code body} may be null. The callback runs once, later, on the UI thread. */
    void send(String method, String path, String body, HttpCallback callback);

    /** Receives the answer of one request. */
    interface HttpCallback {
        void done(HttpResponse response);
    }
}
