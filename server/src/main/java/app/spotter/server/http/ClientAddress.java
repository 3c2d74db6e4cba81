package app.spotter.server.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.server.Request;

/** Who sent a request: the peer's address, or behind a trusted proxy the one the proxy saw (the last hop). */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(Request request, boolean behindProxy) {
        return pick(behindProxy ? request.getHeaders().get("X-Forwarded-For") : null,
                request.getConnectionMetaData().getRemoteSocketAddress());
    }

    /** The last X-Forwarded-For hop when there is one, else the socket's address. */
    public static String pick(String forwardedFor, SocketAddress peer) {
        return pick(forwardedFor,
                peer instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(peer));
    }

    /** As {@link #pick(String, SocketAddress)}, with the peer's address already as text. */
    public static String pick(String forwardedFor, String peer) {
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].trim();
        }
        return peer;
    }
}
