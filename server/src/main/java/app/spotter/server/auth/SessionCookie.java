package app.spotter.server.auth;

import io.javalin.http.Context;

/**
 * The sign-in cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), and over HTTPS
 * Secure with the {@code __Host-} prefix (bound to this host, path /, never set over plain HTTP).
 */
public final class SessionCookie {
    static final String PLAIN_NAME = "spotter_session";
    static final String HTTPS_NAME = "__Host-spotter_session";

    private final boolean behindProxy;

    public SessionCookie(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    public String read(Context ctx) {
        return ctx.cookie(isHttps(ctx) ? HTTPS_NAME : PLAIN_NAME);
    }

    public void write(Context ctx, String token) {
        set(ctx, token, SignIns.LIFETIME_MILLIS / 1000);
    }

    public void clear(Context ctx) {
        set(ctx, "", 0);
    }

    /** True when the browser reached us over HTTPS: directly, or through a trusted proxy that says so. */
    public boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (behindProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    private void set(Context ctx, String value, long maxAgeSeconds) {
        boolean https = isHttps(ctx);
        ctx.header("Set-Cookie", (https ? HTTPS_NAME : PLAIN_NAME) + "=" + value + "; Path=/; Max-Age="
                + maxAgeSeconds + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }
}
