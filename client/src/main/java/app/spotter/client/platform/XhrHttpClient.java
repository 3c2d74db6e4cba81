package app.spotter.client.platform;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;

/** {@link HttpClient} over XMLHttpRequest (HtmlUnit has no fetch; XHR works everywhere). */
public final class XhrHttpClient implements HttpClient {
    private static final int TIMEOUT_MILLIS = 15_000;
    /** The server may take a minute or more to store thousands of imported workouts. */
    private static final int UPLOAD_TIMEOUT_MILLIS = 600_000;

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        request(method, path, body, null, callback);
    }

    @Override
    public void upload(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        request(method, path, body, progress, callback);
    }

    private void request(String method, String path, String body, UploadProgress progress, HttpCallback callback) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        boolean[] answered = {false};
        xhr.open(method, path, true);
        setTimeout(xhr, progress == null ? TIMEOUT_MILLIS : UPLOAD_TIMEOUT_MILLIS);
        if (progress != null) {
            onUploadProgress(xhr, progress::sent);
        }
        if (body != null) {
            xhr.setRequestHeader("Content-Type", "application/json");
        }
        xhr.onLoadEnd(event -> {
            if (!answered[0]) {
                answered[0] = true;
                int status = xhr.getStatus();
                callback.done(new HttpResponse(status, status == 0 ? "" : xhr.getResponseText(),
                        status == 0 ? 0 : serverTime(xhr.getResponseHeader("X-Server-Time"))));
            }
        });
        try {
            if (body == null) {
                xhr.send();
            } else {
                xhr.send(body);
            }
        } catch (RuntimeException e) {
            if (!answered[0]) {
                answered[0] = true;
                callback.done(new HttpResponse(HttpResponse.UNREACHABLE, ""));
            }
        }
    }

    private static long serverTime(String header) {
        if (header == null || header.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    @JSBody(params = {"xhr", "millis"}, script = "xhr.timeout = millis;")
    private static native void setTimeout(XMLHttpRequest xhr, int millis);

    /** Receives the bytes sent and the body's size (the browser's upload progress event). */
    @JSFunctor
    interface Progress extends JSObject {
        void sent(double bytes, double total);
    }

    @JSBody(params = {"xhr", "progress"}, script = "if (xhr.upload) xhr.upload.onprogress = function(e) {"
            + " if (e.lengthComputable) progress(e.loaded, e.total); };")
    private static native void onUploadProgress(XMLHttpRequest xhr, Progress progress);
}
