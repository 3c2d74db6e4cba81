package app.spotter.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.RunningServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An address may hold a household's worth of connections at once, and any number one after another. */
class ConnectionLimitTest {
    @TempDir
    Path dir;

    @Test
    void closedConnectionsNoLongerCountAgainstTheirAddress() throws Exception {
        HttpLimits limits = RunningServer.TEST_LIMITS;
        try (RunningServer server = RunningServer.start(dir, limits)) {
            for (int i = 0; i < limits.connectionsPerAddress() * 4; i++) {
                String answer = health(server.port(), "127.0.0.5");
                assertTrue(answer.startsWith("HTTP/1.1 200"), "connection " + i + ": " + answer);
            }
        }
    }

    @Test
    void connectionsOverTheLimitAreClosedAndOtherAddressesAreServed() throws Exception {
        HttpLimits limits = RunningServer.TEST_LIMITS;
        try (RunningServer server = RunningServer.start(dir, limits)) {
            List<Socket> held = new ArrayList<>();
            try {
                int served = 0;
                for (int i = 0; i < limits.connectionsPerAddress() + 20; i++) {
                    Socket socket = connect(server.port(), "127.0.0.6");
                    held.add(socket);
                    socket.getOutputStream().write(request());
                    served += RawHttp.readAnswer(socket.getInputStream()).startsWith("HTTP/1.1 200") ? 1 : 0;
                }
                assertEquals(limits.connectionsPerAddress(), served, "the ones over the limit were closed");
                assertTrue(health(server.port(), "127.0.0.7").startsWith("HTTP/1.1 200"));
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    private static String health(int port, String from) throws IOException {
        try (Socket socket = connect(port, from)) {
            socket.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return RawHttp.readAnswer(socket.getInputStream());
        }
    }

    private static byte[] request() {
        return "GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static Socket connect(int port, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 2000);
        socket.setSoTimeout(3000);
        return socket;
    }
}
