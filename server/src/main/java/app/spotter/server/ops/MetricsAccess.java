package app.spotter.server.ops;

import app.spotter.server.http.ApiException;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read {@code /metrics}. With a token set ({@code SPOTTER_METRICS_TOKEN}), whoever sends it as
 * {@code Authorization: Bearer <token>}; without one, only this machine: a connection from a loopback address that
 * no proxy forwarded (a reverse proxy on the same box connects from loopback for everyone on the internet).
 */
public final class MetricsAccess {
    private final Optional<byte[]> token;

    public MetricsAccess(Optional<String> token) {
        this.token = token.filter(t -> !t.isEmpty()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public boolean needsToken() {
        return token.isPresent();
    }

    /** Returns when {@code ctx} may read the metrics; otherwise throws the 401 or 403 to answer. */
    public void check(Context ctx) {
        if (token.isPresent()) {
            String header = ctx.header("Authorization");
            String sent = header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : "";
            if (!MessageDigest.isEqual(token.get(), sent.getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw ApiException.unauthorized("Send the metrics token as Authorization: Bearer <token>");
            }
            return;
        }
        if (!fromThisMachine(ctx)) {
            throw ApiException.forbidden("", "Metrics are served to this machine only; set SPOTTER_METRICS_TOKEN to"
                    + " scrape them from elsewhere");
        }
    }

    private static boolean fromThisMachine(Context ctx) {
        if (ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
