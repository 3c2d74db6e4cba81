package app.spotter.server.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/** The browser's network with faults on demand, for one kind of request: as a gym with a bad signal would have it. */
final class NetworkFaults extends WebConnectionWrapper {
    /** What happens to the next matching request. */
    enum Fault {
        /** Delivered and answered normally. */
        NONE,
        /** Never reaches the server: a 503 from a proxy on the way. */
        REFUSED,
        /** Reaches the server, which acts on it, but the answer is lost on the way back. */
        ANSWER_LOST,
        /** Held back until {@link #release()}: a slow network. */
        HELD
    }

    private final HttpMethod method;
    private final String path;
    private volatile Fault fault = Fault.NONE;
    private volatile int seen;
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    NetworkFaults(WebClient client, HttpMethod method, String path) {
        super(client);
        this.method = method;
        this.path = path;
    }

    void set(Fault next) {
        fault = next;
    }

    /** Lets held requests through (and every later one). */
    void release() {
        released.countDown();
    }

    /** How many matching requests the browser has sent. */
    int seen() {
        return seen;
    }

    @Override
    public WebResponse getResponse(WebRequest request) throws IOException {
        if (request.getHttpMethod() != method || !request.getUrl().getPath().equals(path)) {
            return super.getResponse(request);
        }
        seen++;
        switch (fault) {
            case REFUSED:
                byte[] body = "{\"error\":\"Service unavailable\"}".getBytes(StandardCharsets.UTF_8);
                WebResponseData data = new WebResponseData(body, 503, "Service Unavailable",
                        List.of(new NameValuePair("Content-Type", "application/json")));
                return new WebResponse(data, request, 0);
            case ANSWER_LOST:
                super.getResponse(request);
                throw new IOException("connection reset before the answer arrived");
            case HELD:
                try {
                    if (!released.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        throw new IOException("held request never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                return super.getResponse(request);
            default:
                return super.getResponse(request);
        }
    }
}
