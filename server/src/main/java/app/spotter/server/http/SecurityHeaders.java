package app.spotter.server.http;

import org.eclipse.jetty.http.HttpFields;

/** The headers every answer carries, the app's own and Jetty's error pages alike. */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private SecurityHeaders() {
    }

    /** Puts the headers on an answer; API answers are never cached. */
    public static void apply(HttpFields.Mutable headers, boolean api) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        if (api) {
            headers.put("Cache-Control", "no-store");
        }
    }
}
