package app.spotter.server.auth;

import app.spotter.server.http.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * What every API request passes before a route (after {@link app.spotter.server.http.FrontDoor}): a same-origin
 * check on every state-changing call (CSRF), and a signed-in user on every route but sign-in, setup and health.
 */
public final class RequestGuards {
    private static final Set<String> OPEN_ROUTES = Set.of("/api/health", "/api/auth/state", "/api/auth/setup",
            "/api/auth/login", "/api/auth/logout");
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD,
            HandlerType.OPTIONS);

    private final SignIns signIns;
    private final SessionCookie cookie;

    public RequestGuards(SignIns signIns, SessionCookie cookie) {
        this.signIns = signIns;
        this.cookie = cookie;
    }

    public void register(RoutesConfig routes) {
        routes.before("/api/*", this::guardApi);
    }

    private void guardApi(Context ctx) {
        // U+0000 reaches no query: PostgreSQL refuses it in text (a 500), and no id or name holds it.
        if (hasNul(ctx.path()) || hasNul(ctx.queryString())) {
            throw ApiException.badRequest("The address must not contain the character U+0000", "");
        }
        if (!SAFE_METHODS.contains(ctx.method()) && !sameOrigin(ctx)) {
            throw new ApiException(403, "Cross-site request refused", "", null);
        }
        if (OPEN_ROUTES.contains(ctx.path())) {
            return;
        }
        Optional<User> user = signIns.resolve(cookie.read(ctx));
        if (user.isEmpty()) {
            throw new ApiException(401, "Sign in first", "", null);
        }
        CurrentUser.set(ctx, user.get());
    }

    private static boolean hasNul(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.contains("%00"));
    }

    /**
     * A browser names the page that sent a request in Origin (and Sec-Fetch-Site); a request another site's page
     * made is refused. Requests with neither header do not come from a browser page, so they carry no ambient
     * cookie risk.
     */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.isEmpty()) {
            if (origin.equals("null")) {
                return false;
            }
            try {
                URI uri = URI.create(origin);
                String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
                return host.equalsIgnoreCase(ctx.header("Host"));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        String site = ctx.header("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }
}
