package app.spotter.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One address that floods the server is slowed with 429s; another address is not held up by it. */
class RequestRateTest {
    @TempDir
    Path dir;

    @Test
    void aFloodFromOneAddressGets429WhileAnotherAddressIsServed() throws Exception {
        // A rate well below what one client sends in a loop even on a loaded machine (the household's 100 a second
        // was not always reached by one sequential client while other test classes ran beside it).
        try (RunningServer server = RunningServer.start(dir, HttpLimits.household().withRequestsPerSecond(10))) {
            ApiClient flooder = server.client();
            int limited = 0;
            ApiClient.Reply last = null;
            for (int i = 0; i < 1000 && limited == 0; i++) {
                last = flooder.get("/api/health");
                limited += last.status() == 429 ? 1 : 0;
            }
            assertEquals(429, last.status(), "a flood is slowed down");
            assertFalse(Json.parseObject(last.body()).getString("error", "").isBlank(), last.body());
            String other = fromAnotherAddress(server.port());
            assertTrue(other.startsWith("HTTP/1.1 200"), other);
        }
    }

    private static String fromAnotherAddress(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return RawHttp.readAnswer(socket.getInputStream());
        }
    }
}
