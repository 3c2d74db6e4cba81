package app.spotter.server.hostile;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.session.WorkoutSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-picked hostile requests against the draft endpoint; each is refused with a JSON error and stores nothing. */
class HostileInputCasesTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;
    private RunningServer server;
    private String draft;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        WorkoutSession session = WorkoutSession.start(
                TemplateDocs.v1List(server.get("/api/templates").body()).get(0), "h-1", T0)
                .completeSet(0, 0, T0 + 1000);
        draft = SessionCodec.write(session);
        assertEquals(200, server.put("/api/session-draft", draft).status());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertRefused(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(Json.parseObject(reply.body()).getString("error", "").isBlank());
        assertEquals(draft, server.get("/api/session-draft").body(), "the stored draft is intact");
    }

    @Test
    void aTenMegabyteBodyGets413() throws Exception {
        // A raw socket that keeps sending while it reads, as a browser does: the server answers 413 from the
        // declared length without reading the 10 MB, and the answer must arrive in full.
        int tenMegabytes = 10 * 1024 * 1024;
        try (Socket socket = new Socket("localhost", URI.create(server.url("/")).getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/session-draft HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Cookie: spotter_session=" + server.owner().sessionToken() + "\r\n"
                    + "Content-Length: " + tenMegabytes + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                try {
                    byte[] chunk = new byte[64 * 1024];
                    for (int sent = 0; sent < tenMegabytes; sent += chunk.length) {
                        out.write(chunk);
                    }
                } catch (IOException refusedMidway) {
                    // The server closed the connection after answering: expected.
                }
            });
            sender.setDaemon(true);
            sender.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertFalse(Json.parseObject(body).getString("error", "").isBlank(), body);
        }
        assertEquals(draft, server.get("/api/session-draft").body(), "the stored draft is intact");
    }

    @Test
    void deeplyNestedJsonGets400() {
        assertRefused(400, server.put("/api/session-draft", "[".repeat(50_000) + "]".repeat(50_000)));
    }

    @Test
    void nanAndInfinityLiteralsGet400() {
        assertRefused(400, server.put("/api/session-draft", draft.replaceFirst("\"weight\":60.0", "\"weight\":NaN")));
        assertRefused(400, server.put("/api/session-draft", draft.replaceFirst("\"reps\":5", "\"reps\":Infinity")));
    }

    @Test
    void hugeAndNegativeNumbersGet400() {
        assertRefused(400, server.put("/api/session-draft", draft.replaceFirst("\"reps\":5", "\"reps\":1e999")));
        assertRefused(400, server.put("/api/session-draft",
                draft.replaceFirst("\"revision\":2", "\"revision\":99999999999999999999999")));
        assertRefused(400, server.put("/api/session-draft", draft.replaceFirst("\"weight\":60.0", "\"weight\":-60")));
        assertRefused(400, server.put("/api/session-draft",
                draft.replaceFirst("\"startedAt\":" + T0, "\"startedAt\":-5")));
    }

    @Test
    void wrongTypesAndMissingFieldsGet400NamingTheField() {
        Reply reply = server.put("/api/session-draft", draft.replaceFirst("\"done\":true", "\"done\":1"));
        assertRefused(400, reply);
        assertEquals("exercises[0].sets[0].done", Json.parseObject(reply.body()).getString("field"));
        Reply missing = server.put("/api/session-draft", draft.replace("\"sessionId\":\"h-1\",", ""));
        assertRefused(400, missing);
        assertEquals("sessionId", Json.parseObject(missing.body()).getString("field"));
    }

    @Test
    void unknownSchemaVersionsGet400() {
        assertRefused(400, server.put("/api/session-draft", draft.replace("\"schema\":1", "\"schema\":2")));
        assertRefused(400, server.put("/api/session-draft", draft.replace("\"schema\":1,", "")));
    }

    @Test
    void wrongContentTypeGets415() {
        Reply reply = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/session-draft")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(draft)));
        assertRefused(415, reply);
    }

    @Test
    void emptyAndNonObjectBodiesGet400() {
        assertRefused(400, server.put("/api/session-draft", ""));
        assertRefused(400, server.put("/api/session-draft", "null"));
        assertRefused(400, server.put("/api/session-draft", "[" + draft + "]"));
    }
}
