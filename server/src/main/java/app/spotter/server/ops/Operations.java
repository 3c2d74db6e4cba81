package app.spotter.server.ops;

import java.time.Duration;
import java.util.Optional;

/**
 * How the server reports on itself to whoever runs it: metrics on or off (and the token that guards them), where
 * the request log goes, the database pool's gauge when there is one, and how long a readiness probe may wait.
 */
public record Operations(boolean metrics, Optional<String> metricsToken, RequestLog requestLog,
                         Optional<ConnectionPoolGauge> pool, Duration readyTimeout) {
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(2);

    /** Metrics off, the request log on the {@value RequestLog#LOGGER} logger, no pool, a 2 s readiness bound. */
    public static Operations standard() {
        return new Operations(false, Optional.empty(), RequestLog.standard(), Optional.empty(), READY_TIMEOUT);
    }

    public Operations withMetrics(Optional<String> token) {
        return new Operations(true, token, requestLog, pool, readyTimeout);
    }

    public Operations withRequestLog(RequestLog log) {
        return new Operations(metrics, metricsToken, log, pool, readyTimeout);
    }

    public Operations withPool(ConnectionPoolGauge gauge) {
        return new Operations(metrics, metricsToken, requestLog, Optional.of(gauge), readyTimeout);
    }

    @Override
    public String toString() {
        return "Operations[metrics=" + metrics + ", token=" + (metricsToken.isPresent() ? "set" : "none") + "]";
    }
}
