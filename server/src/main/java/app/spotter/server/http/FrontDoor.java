package app.spotter.server.http;

import java.util.Set;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, before Javalin: it puts the security headers (and on {@code /api}
 * answers the server time) on the answer, refuses a
 * method override (a GET must never act as a DELETE), a state change addressed to a host name that is not ours,
 * and a declared body larger than any route takes, without reading a byte of it.
 */
public final class FrontDoor extends Handler.Wrapper {
    /** The largest body any route takes (an import). */
    public static final int LARGEST_BODY_BYTES = 16 * 1024 * 1024;
    /**
     * A declared length past this is refused before anything is read. Up to it the route reads and drops the rest
     * of an oversized body before its 413, so a client still sending sees the answer, not a reset connection.
     */
    static final long REFUSE_UNREAD_BYTES = 32L * 1024 * 1024;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String OVERRIDE_HEADERS = "X-HTTP-Method-Override X-HTTP-Method X-Method-Override";

    private final HostAllowList hosts;
    private final LongSupplier clock;

    public FrontDoor(HostAllowList hosts, LongSupplier clock, Handler next) {
        super(next);
        this.hosts = hosts;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean api = path.startsWith("/api/") || path.equals("/api");
        SecurityHeaders.apply(response.getHeaders(), api);
        if (api) {
            ServerTimeHeader.put(response.getHeaders(), clock);
        }
        for (String header : OVERRIDE_HEADERS.split(" ")) {
            if (request.getHeaders().contains(header)) {
                return JettyAnswers.refuse(response, callback,
                        ApiException.invalid(header, header + " is not supported: send the real method"));
            }
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
            return JettyAnswers.refuse(response, callback, ApiException.forbidden("Host", "This server does not"
                    + " answer to that host name; start it with --public-url for the address you use"));
        }
        if (request.getLength() > REFUSE_UNREAD_BYTES) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            return JettyAnswers.refuse(response, callback, ApiException.tooLarge("The body is larger than "
                    + LARGEST_BODY_BYTES / (1024 * 1024) + " MB"));
        }
        return super.handle(request, response, callback);
    }
}
