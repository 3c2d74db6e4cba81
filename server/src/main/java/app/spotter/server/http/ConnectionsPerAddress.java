package app.spotter.server.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Closes a new connection at once when its address already holds as many as a household ever needs. Each
 * connection's address is kept from when it opened: a closed socket no longer knows its peer.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int limit;
    private final ConcurrentHashMap<String, Set<Connection>> open = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Connection, String> addressOf = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        String address = ClientAddress.pick(null, connection.getEndPoint().getRemoteSocketAddress());
        addressOf.put(connection, address);
        Set<Connection> mine = open.computeIfAbsent(address, k -> ConcurrentHashMap.newKeySet());
        mine.add(connection);
        if (mine.size() > limit) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        String address = addressOf.remove(connection);
        if (address == null) {
            return;
        }
        open.computeIfPresent(address, (key, mine) -> {
            mine.remove(connection);
            return mine.isEmpty() ? null : mine;
        });
    }
}
