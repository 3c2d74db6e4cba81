package app.spotter.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient;
import app.spotter.server.support.CapturedLog;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** One line per request: method, route template, status, time and size, and nothing about who asked. */
class RequestLogApiTest {
    @TempDir
    Path dir;

    @Test
    void each_request_logs_one_line_with_its_route_template_and_no_personal_data() {
        // The test logger spotter.requests.captured is the one set to info in the test simplelogger.properties.
        Operations ops = Operations.standard()
                .withRequestLog(new RequestLog(LoggerFactory.getLogger(RequestLog.LOGGER + ".captured")));
        try (CapturedLog log = CapturedLog.start(); RunningServer server = RunningServer.start(dir, ops)) {
            ApiClient member = server.addMember("Rosalind Franklin", "member password 1");
            String token = member.sessionToken();
            assertEquals(404, member.get("/api/workouts/private-session-42?limit=7").status());
            assertEquals(200, member.get("/api/templates").status());

            String line = lineFor(log, "route=/api/workouts/{id} ");
            assertTrue(line.matches(".*method=GET route=/api/workouts/\\{id} status=404 ms=\\d+\\.\\d bytes=\\d+$"),
                    line);
            lineFor(log, "route=/api/templates ");
            String text = log.text();
            for (String personal : List.of("Rosalind", "Franklin", "private-session-42", "limit", "127.0.0.1",
                    "localhost", token)) {
                assertFalse(text.contains(personal), "the log holds " + personal + ":\n" + text);
            }
            assertTrue(text.contains("method=POST route=/api/users status=201"), text);
            assertTrue(text.contains("method=POST route=/api/auth/login status=200"), text);
        }
    }

    /** The first request line with {@code fragment}, waited for: it is written just after the answer went out. */
    private static String lineFor(CapturedLog log, String fragment) {
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline)) {
            String text = log.text();
            for (String line : text.split("\n")) {
                if (line.contains(fragment) && line.contains("spotter.requests")) {
                    return line.strip();
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no request line with " + fragment + " in:\n" + log.text());
    }
}
