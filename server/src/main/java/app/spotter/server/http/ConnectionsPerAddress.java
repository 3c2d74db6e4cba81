package app.spotter.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/** Closes a new connection at once when its address already holds as many as a household ever needs. */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int limit;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        int count = open.computeIfAbsent(address(connection), k -> new AtomicInteger()).incrementAndGet();
        if (count > limit) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        String address = address(connection);
        AtomicInteger count = open.get(address);
        if (count != null && count.decrementAndGet() <= 0) {
            open.remove(address, count);
        }
    }

    private static String address(Connection connection) {
        return ClientAddress.pick(null, connection.getEndPoint().getRemoteSocketAddress());
    }
}
