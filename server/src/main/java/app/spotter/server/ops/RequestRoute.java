package app.spotter.server.ops;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.Set;

/**
 * The route template a request matched ({@code /api/workouts/{id}}), handed from Javalin, which matches it, to the
 * {@link RequestObserver} around Jetty, which logs and counts the request once its answer is sent. Requests that
 * match no route get a fixed label, so neither the log nor the metrics ever carry a raw path.
 */
public final class RequestRoute {
    static final String ATTRIBUTE = RequestRoute.class.getName();
    /** An {@code /api} request no route took: a 404, or refused at the door (429, 413) before routing. */
    public static final String UNMATCHED_API = "unmatched";
    /** The app's pages and files (the compiled client), or a 404 outside {@code /api}. */
    public static final String FILES = "files";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private volatile String template;

    RequestRoute() {
    }

    /** Called for every request that matched a route or a file (Javalin's before-matched step; none for a file). */
    public static void note(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null && ctx.req().getAttribute(ATTRIBUTE) instanceof RequestRoute route) {
            route.template = endpoint.path;
        }
    }

    String label(String path) {
        String matched = template;
        if (matched != null) {
            return matched;
        }
        return path.startsWith("/api/") || path.equals("/api") ? UNMATCHED_API : FILES;
    }

    /** The method as a label: one of the HTTP methods, or "other", so a made-up method cannot add label values. */
    static String methodLabel(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "other";
    }
}
