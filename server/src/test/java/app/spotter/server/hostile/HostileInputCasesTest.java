package app.spotter.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.SessionDocs;
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
    private static final long T0 = 1_764_620_000_000L;
    private static final String PUT = "/api/session-draft?baseRevision=1";

    @TempDir
    Path dir;
    private RunningServer server;
    private String draft;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        draft = SessionDocs.json(SessionDocs.complete(SessionDocs.start("h-1", T0, "a"), 0, 0,
                SessionDocs.at(T0 + 1000, "a")));
        assertEquals(200, server.put("/api/session-draft?baseRevision=0", draft).status());
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
            out.write(("PUT /api/session-draft?baseRevision=1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
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
        assertRefused(400, server.put(PUT, "[".repeat(50_000) + "]".repeat(50_000)));
    }

    @Test
    void nanAndInfinityLiteralsGet400() {
        assertRefused(400, server.put(PUT, draft.replaceFirst("\"weight\":60.0", "\"weight\":NaN")));
        assertRefused(400, server.put(PUT, draft.replaceFirst("\"reps\":8", "\"reps\":Infinity")));
    }

    @Test
    void hugeAndNegativeNumbersGet400() {
        assertRefused(400, server.put(PUT, draft.replaceFirst("\"reps\":8", "\"reps\":1e999")));
        assertRefused(400, server.put("/api/session-draft?baseRevision=99999999999999999999999", draft));
        assertRefused(400, server.put(PUT, draft.replaceFirst("\"doneAt\":\"" + (T0 + 1000),
                "\"doneAt\":\"99999999999999999999999")));
        assertRefused(400, server.put(PUT, draft.replaceFirst("\"weight\":60.0", "\"weight\":-60")));
        assertRefused(400, server.put(PUT,
                draft.replaceFirst("\"startedAt\":" + T0, "\"startedAt\":-5")));
    }

    @Test
    void wrongTypesAndMissingFieldsGet400NamingTheField() {
        Reply reply = server.put(PUT, draft.replaceFirst("\"doneAt\":\"[^\"]*\"", "\"doneAt\":1"));
        assertRefused(400, reply);
        assertEquals("exercises[0].sets[0].doneAt", Json.parseObject(reply.body()).getString("field"));
        Reply unknown = server.put(PUT, draft.replaceFirst("\"rpe\":0.0", "\"rpe\":0.0,\"done\":true"));
        assertRefused(400, unknown);
        assertEquals("exercises[0].sets[0].done", Json.parseObject(unknown.body()).getString("field"));
        Reply missing = server.put(PUT, draft.replace("\"sessionId\":\"h-1\",", ""));
        assertRefused(400, missing);
        assertEquals("sessionId", Json.parseObject(missing.body()).getString("field"));
    }

    @Test
    void unknownSchemaVersionsGet400() {
        assertRefused(400, server.put(PUT, draft.replace("\"schema\":2", "\"schema\":1")));
        assertRefused(400, server.put(PUT, draft.replace("\"schema\":2", "\"schema\":3")));
        assertRefused(400, server.put(PUT, draft.replace("\"schema\":2,", "")));
    }

    @Test
    void wrongContentTypeGets415() {
        Reply reply = server.send(HttpRequest.newBuilder(URI.create(server.url(PUT)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(draft)));
        assertRefused(415, reply);
    }

    @Test
    void emptyAndNonObjectBodiesGet400() {
        assertRefused(400, server.put(PUT, ""));
        assertRefused(400, server.put(PUT, "null"));
        assertRefused(400, server.put(PUT, "[" + draft + "]"));
    }
}
