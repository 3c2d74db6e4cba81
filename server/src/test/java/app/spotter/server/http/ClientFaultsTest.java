package app.spotter.server.http;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.CapturedLog;
import app.spotter.server.support.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's faults on the wire (bad chunking, a body that stops, a huge declared length, headers too large, a
 * request line that is not HTTP) get their 4xx in the API's JSON shape with the security headers and X-Server-Time,
 * and the server's log shows no stack trace for any of them.
 */
class ClientFaultsTest {
    // Every request of the set-up (the owner's first-run setup) runs under this timeout too: at 1.5 s, the first
    // request of a cold server in the parallel lane on a loaded 2-core machine sometimes took longer to be read, and
    // its connection was closed unanswered. One test waits for it, so a longer one costs seconds, once.
    private static final long IDLE_MILLIS = 4000;

    @TempDir
    Path dir;
    private RunningServer server;
    private CapturedLog log;
    private String cookie;

    @BeforeEach
    void start() {
        HttpLimits limits = HttpLimits.household();
        server = RunningServer.start(dir, new HttpLimits(limits.maxThreads(), limits.queuedRequests(),
                limits.connectionsPerAddress(), limits.threadsPerAddress(), limits.requestsPerSecondPerAddress(),
                limits.minBodyBytesPerSecond(), IDLE_MILLIS));
        cookie = "Cookie: spotter_session=" + server.owner().sessionToken() + "\r\n";
        log = CapturedLog.start();
        org.slf4j.LoggerFactory.getLogger(ClientFaultsTest.class).warn("log capture probe");
        assertTrue(log.text().contains("log capture probe"), "the capture sees what the server logs");
    }

    @AfterEach
    void stop() {
        log.close();
        server.close();
    }

    private String head(String method, String path, String more) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + cookie
                + more;
    }

    private static void assertJsonRefusal(int status, String answer) {
        assertEquals(status, RawHttp.status(answer), answer);
        assertFalse(Json.parseObject(RawHttp.body(answer)).getString("error", "").isBlank(), answer);
        assertTrue(RawHttp.header(answer, "Content-Security-Policy").contains("default-src 'self'"), answer);
        assertEquals("nosniff", RawHttp.header(answer, "X-Content-Type-Options"), answer);
        // The client measures its clock offset from every /api answer, these refusals included.
        long serverTime = Long.parseLong(RawHttp.header(answer, "X-Server-Time"));
        assertTrue(Math.abs(System.currentTimeMillis() - serverTime) < 60_000, answer);
    }

    @Test
    void aBadChunkSizeIs400() throws Exception {
        String answer = RawHttp.exchange(server.port(), head("POST", "/api/templates",
                "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"name\"\r\n0\r\n\r\n"), 5000);
        assertJsonRefusal(400, answer);
        assertFalse(log.text().contains("\tat "), log.text());
    }

    @Test
    void aBodyThatStopsHalfWayIs408() throws Exception {
        long begin = System.nanoTime();
        String answer = RawHttp.exchange(server.port(), head("PUT", "/api/session-draft",
                "Content-Length: 500\r\n\r\n{\"schema\": 1, "), 10_000);
        assertJsonRefusal(408, answer);
        assertTrue((System.nanoTime() - begin) / 1_000_000 < IDLE_MILLIS + 3000, "answered after the idle timeout");
        assertFalse(log.text().contains("\tat "), log.text());
        assertFalse(log.text().contains("ERROR"), log.text());
    }

    @Test
    void aHugeDeclaredLengthIs413BeforeAnyOfItIsSent() throws Exception {
        String answer = RawHttp.exchange(server.port(), head("POST", "/api/import",
                "Content-Length: 999999999999\r\n\r\n"), 5000);
        assertJsonRefusal(413, answer);
        String draft = RawHttp.exchange(server.port(), head("PUT", "/api/session-draft",
                "Content-Length: 999999999999\r\n\r\n"), 5000);
        assertJsonRefusal(413, draft);
        assertFalse(log.text().contains("\tat "), log.text());
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        String tooLarge = RawHttp.exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000) + "\r\n\r\n", 5000);
        assertJsonRefusal(431, tooLarge);
        String notHttp = RawHttp.exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: localhost\r\n"
                + "Bad Header\r\n\r\n", 5000);
        assertJsonRefusal(400, notHttp);
        String noHost = RawHttp.exchange(server.port(), "GET /api/health HTTP/1.1\r\n\r\n", 5000);
        assertJsonRefusal(400, noHost);
        assertFalse(log.text().contains("\tat "), log.text());
    }

    @Test
    void aPathJettyRefusesIsAJson400ThatClosesTheConnection() throws Exception {
        String answer = RawHttp.exchange(server.port(), head("DELETE", "/api/templates/%C3%28", "\r\n"), 5000);
        assertJsonRefusal(400, answer);
        assertEquals("close", RawHttp.header(answer, "Connection"), answer);
    }

    @Test
    void aMethodOverrideHeaderIsRefusedAndChangesNothing() throws Exception {
        String templates = server.get("/api/templates").body();
        String id = TemplateDocs.v1List(templates).get(0).id();
        for (String method : new String[] {"POST", "GET"}) {
            String answer = RawHttp.exchange(server.port(), head(method, "/api/templates/" + id,
                    "X-HTTP-Method-Override: DELETE\r\nContent-Length: 2\r\n\r\n{}"), 5000);
            assertJsonRefusal(400, answer);
            assertTrue(RawHttp.body(answer).contains("X-HTTP-Method-Override"), answer);
        }
        assertEquals(templates, server.get("/api/templates").body(), "nothing was deleted");
    }
}
