package app.spotter.client.platform;

/** Asynchronous HTTP to our own server. */
public interface HttpClient {
    /** Sends a request; {@code body} may be null. The callback runs once, later, on the UI thread. */
    void send(String method, String path, String body, HttpCallback callback);

    /**
     * Sends a large body (an import), telling {@code progress} how much of it has gone up, and waiting longer for
     * the answer than {@link #send} does. A client that cannot tell progress just sends it.
     */
    default void upload(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        send(method, path, body, callback);
    }

    /** Receives the answer of one request. */
    interface HttpCallback {
        void done(HttpResponse response);
    }

    /** Hears, now and then during an upload, how many of the body's bytes have been sent. */
    interface UploadProgress {
        void sent(double bytes, double total);
    }
}
