package app.spotter.server.ops;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per answered request, {@code method=GET route=/api/workouts/{id} status=200 ms=3.1 bytes=512}: the route
 * template, never the path with its ids, and no query string, user or address, so the log holds no personal data.
 *
 * <p>The lines are written by one thread of their own (for every server in the JVM), in the order the requests
 * were answered: the simple logger formats each line's time under one lock and writes under another, and under load
 * the request threads queued on those locks (JFR: waits of 10 to 17 ms) instead of taking their next request. When
 * that thread falls {@link #BACKLOG} lines behind, a request thread writes its own line. Lines still queued when the
 * JVM exits are lost.
 */
public final class RequestLog implements AnsweredRequests {
    /** The production logger's name; {@code -Dorg.slf4j.simpleLogger.log.spotter.requests=warn} silences it. */
    public static final String LOGGER = "spotter.requests";
    /** Lines waiting for the log thread at most. */
    static final int BACKLOG = 4096;

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
            Line line = new Line(logger, line(method, route, status, nanos, bytes));
            if (!Writer.LINES.offer(line)) {
                line.write();
            }
        }
    }

    static String line(String method, String route, int status, long nanos, long bytes) {
        long tenths = nanos / 100_000;
        return "method=" + method + " route=" + route + " status=" + status + " ms=" + tenths / 10 + '.' + tenths % 10
                + " bytes=" + bytes;
    }

    private record Line(Logger logger, String text) {
        void write() {
            logger.info(text);
        }
    }

    /** The log thread, started with the first line. */
    private static final class Writer {
        static final BlockingQueue<Line> LINES = new ArrayBlockingQueue<>(BACKLOG);

        static {
            Thread thread = new Thread(Writer::run, "spotter-request-log");
            thread.setDaemon(true);
            thread.start();
        }

        private static void run() {
            while (true) {
                try {
                    LINES.take().write();
                } catch (InterruptedException e) {
                    // Nothing interrupts this thread on purpose; it writes until the JVM exits.
                }
            }
        }
    }
}
