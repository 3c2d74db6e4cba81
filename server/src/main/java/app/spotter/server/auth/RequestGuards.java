package app.spotter.server.auth;

import app.spotter.server.http.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * What every request passes before a route (after {@link app.spotter.server.http.FrontDoor}): a same-origin check
 * on every state-changing API call (CSRF), then the {@link Access} its route declared (see {@link ApiRoutes}): a
 * signed-in user for {@code MEMBER}, the owner for {@code OWNER}, the operator check for {@code OPERATOR}. A route
 * that declared none is refused (500), never served open.
 */
public final class RequestGuards {
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD,
            HandlerType.OPTIONS);

    private final SignIns signIns;
    private final SessionCookie cookie;
    private final Handler operatorCheck;

    /** {@code operatorCheck} throws the refusal for a caller who may not read the operator's routes. */
    public RequestGuards(SignIns signIns, SessionCookie cookie, Handler operatorCheck) {
        this.signIns = signIns;
        this.cookie = cookie;
        this.operatorCheck = operatorCheck;
    }

    public void register(RoutesConfig routes) {
        routes.before("/api/*", this::refuseNul);
        routes.before("/api/*", this::sameOriginForChanges);
        routes.beforeMatched(this::checkAccess);
    }

    private void refuseNul(Context ctx) {
        // U+0000 reaches no query: PostgreSQL refuses it in text (a 500), and no id or name holds it.
        if (hasNul(ctx.path()) || hasNul(ctx.queryString())) {
            throw ApiException.invalid("", "The address must not contain the character U+0000");
        }
    }

    private void sameOriginForChanges(Context ctx) {
        if (!SAFE_METHODS.contains(ctx.method()) && !sameOrigin(ctx)) {
            throw ApiException.forbidden("", "Cross-site request refused");
        }
    }

    private void checkAccess(Context ctx) throws Exception {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return; // the app's pages and files
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("route " + endpoint.method + " " + endpoint.path
                    + " must declare exactly one Access, not " + roles);
        }
        switch (access) {
            case PUBLIC -> {
            }
            case OPERATOR -> operatorCheck.handle(ctx);
            case MEMBER -> CurrentUser.set(ctx, signedIn(ctx));
            case OWNER -> {
                User user = signedIn(ctx);
                if (!user.isOwner()) {
                    throw ApiException.forbidden("", "Only the owner manages accounts");
                }
                CurrentUser.set(ctx, user);
            }
        }
    }

    private User signedIn(Context ctx) {
        Optional<User> user = signIns.resolve(cookie.read(ctx));
        if (user.isEmpty()) {
            throw ApiException.unauthorized("Sign in first");
        }
        return user.get();
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
