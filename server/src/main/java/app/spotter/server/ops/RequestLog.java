package app.spotter.server.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per answered request, {@code method=GET route=/api/workouts/{id} status=200 ms=3.1 bytes=512}: the route
 * template, never the path with its ids, and no query string, user or address, so the log holds no personal data.
 */
public final class RequestLog implements AnsweredRequests {
    /** The production logger's name; {@code -Dorg.slf4j.simpleLogger.log.spotter.requests=warn} silences it. */
    public static final String LOGGER = "spotter.requests";

    private final Logger logger;

    public RequestLog(Logger logger) {
        this.logger = logger;
    }

    public static RequestLog standard() {
        return new RequestLog(LoggerFactory.getLogger(LOGGER));
    }

    @Override
    public void answered(String method, String route, int status, long nanos, long bytes) {
        if (logger.isInfoEnabled()) {
            logger.info(line(method, route, status, nanos, bytes));
        }
    }

    static String line(String method, String route, int status, long nanos, long bytes) {
        long tenths = nanos / 100_000;
        return "method=" + method + " route=" + route + " status=" + status + " ms=" + tenths / 10 + '.' + tenths % 10
                + " bytes=" + bytes;
    }
}
