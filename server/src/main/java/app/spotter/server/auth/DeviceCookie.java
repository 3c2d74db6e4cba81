package app.spotter.server.auth;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's device cookie: a device that signed in to an account gets a cookie naming the account, signed with a key
 * only the server knows (the account's stored password hash, so a password reset withdraws every such cookie).
 * Sign-in throttling does not hold up that device for failures from elsewhere.
 */
public final class DeviceCookie {
    static final String PLAIN_NAME = "spotter_device";
    static final String HTTPS_NAME = "__Host-spotter_device";
    private static final long LIFETIME_SECONDS = 365L * 24 * 60 * 60;

    private final SessionCookie sessions;

    public DeviceCookie(SessionCookie sessions) {
        this.sessions = sessions;
    }

    /** The cookie value for a device that just signed in as this user. */
    static String issue(String userId, long issuedAt, String passwordHash) {
        String claim = userId + "." + issuedAt;
        return claim + "." + sign(claim, passwordHash);
    }

    /** The user id a presented cookie vouches for, when its signature holds under that user's key. */
    static Optional<String> userIdOf(String value, java.util.function.Function<String, Optional<String>> keyOf) {
        if (value == null || value.length() > 300) {
            return Optional.empty();
        }
        int last = value.lastIndexOf('.');
        int first = value.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String claim = value.substring(0, last);
        String userId = value.substring(0, first);
        return keyOf.apply(userId).filter(key -> MessageDigest.isEqual(
                sign(claim, key).getBytes(StandardCharsets.US_ASCII),
                value.substring(last + 1).getBytes(StandardCharsets.US_ASCII))).map(key -> userId);
    }

    public String read(Context ctx) {
        return ctx.cookie(sessions.isHttps(ctx) ? HTTPS_NAME : PLAIN_NAME);
    }

    public void write(Context ctx, String value) {
        boolean https = sessions.isHttps(ctx);
        ctx.res().addHeader("Set-Cookie", (https ? HTTPS_NAME : PLAIN_NAME) + "=" + value + "; Path=/; Max-Age="
                + LIFETIME_SECONDS + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }

    private static String sign(String claim, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("spotter device cookie|" + key).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
