package app.spotter.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

/** Slow-body connections from 127.0.0.2 to a server on 127.0.0.1, and the timings of a user beside them. */
final class SlowBodyAttack implements AutoCloseable {
    private static final long ROUND_NANOS = 200_000_000L;

    private final List<Socket> sockets = new ArrayList<>();
    private final boolean[] cut;
    private int userRequests;
    private int lateOrFailed;
    private long slowestMillis;
    private final long begin = System.nanoTime();

    /** What the user saw and what happened to the attacker. */
    record Figures(int connections, long seconds, int userRequests, int lateOrFailed, long slowestMillis,
                   int attackersCutOff) {
    }

    private SlowBodyAttack(int connections) {
        this.cut = new boolean[connections];
    }

    static SlowBodyAttack open(int port, int connections) throws IOException {
        SlowBodyAttack attack = new SlowBodyAttack(connections);
        InetAddress attacker = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < connections; i++) {
            Socket socket = new Socket();
            attack.sockets.add(socket);
            try {
                socket.bind(new InetSocketAddress(attacker, 0));
                socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1000);
                socket.setSoTimeout(1);
                socket.getOutputStream().write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException refused) {
                attack.cut[i] = true;
            }
        }
        return attack;
    }

    /** Sends one more byte on every connection still open, and notes those the server has closed. */
    void trickle() {
        for (int i = 0; i < sockets.size(); i++) {
            if (cut[i]) {
                continue;
            }
            Socket socket = sockets.get(i);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(' ');
                out.flush();
                if (answeredOrClosed(socket.getInputStream())) {
                    cut[i] = true;
                }
            } catch (IOException closed) {
                cut[i] = true;
            }
        }
    }

    /** True once the server has answered (a 408 or 413) or closed the connection: any byte, or the end. */
    private static boolean answeredOrClosed(InputStream in) throws IOException {
        try {
            in.read();
            return true;
        } catch (java.net.SocketTimeoutException nothingYet) {
            return false;
        }
    }

    /** Times one user request: a failure is an answer that is not 2xx, later than 1 s, or no answer at all. */
    void time(IntSupplier request) {
        long start = System.nanoTime();
        boolean ok;
        try {
            int status = request.getAsInt();
            ok = status >= 200 && status < 300;
        } catch (RuntimeException e) {
            ok = false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        slowestMillis = Math.max(slowestMillis, millis);
        userRequests++;
        if (!ok || millis > 1000) {
            lateOrFailed++;
        }
    }

    void pauseBetweenRounds() {
        LockSupport.parkNanos(ROUND_NANOS);
    }

    Figures figures() {
        int cutOff = 0;
        for (boolean c : cut) {
            cutOff += c ? 1 : 0;
        }
        return new Figures(sockets.size(), (System.nanoTime() - begin) / 1_000_000_000L, userRequests, lateOrFailed,
                slowestMillis, cutOff);
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is left to do.
            }
        }
    }
}
