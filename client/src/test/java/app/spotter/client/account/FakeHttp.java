package app.spotter.client.account;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** An {@link HttpClient} that keeps every request until the test answers it. */
final class FakeHttp implements HttpClient {
    /** One request as sent, with the means to answer it. */
    record Request(String method, String path, String body, HttpCallback callback) {
        void answer(int status, String responseBody) {
            callback.done(new HttpResponse(status, responseBody));
        }

        String line() {
            return method + " " + path;
        }
    }

    final List<Request> requests = new ArrayList<>();
    /** The progress listener of each upload, in order; a plain send adds none. */
    final List<UploadProgress> uploads = new ArrayList<>();

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        requests.add(new Request(method, path, body, callback));
    }

    @Override
    public void upload(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        uploads.add(progress);
        send(method, path, body, callback);
    }

    Request last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request was sent");
        }
        return requests.get(requests.size() - 1);
    }
}
