package app.spotter.client.platform;

import org.teavm.jso.ajax.XMLHttpRequest;

/** {@link HttpClient} over XMLHttpRequest (HtmlUnit has no fetch; XHR works everywhere). */
public final class XhrHttpClient implements HttpClient {
    private static final int TIMEOUT_MILLIS = 15_000;

    @Override
    public void send(String method, String path, String body, HttpCallback callback) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        boolean[] answered = {false};
        xhr.open(method, path, true);
        setTimeout(xhr, TIMEOUT_MILLIS);
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

    @org.teavm.jso.JSBody(params = {"xhr", "millis"}, script = "xhr.timeout = millis;")
    private static native void setTimeout(XMLHttpRequest xhr, int millis);
}
