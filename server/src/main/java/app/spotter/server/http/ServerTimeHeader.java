package app.spotter.server.http;

import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpFields;

/**
 * {@code X-Server-Time: <epoch ms>} on every {@code /api} answer, errors included, and Jetty's own answers given
 * before a route runs (413, 400, 408, 431): the client measures its clock's offset from it and stamps every change
 * in server time (README "Stamps"). Put on by the front door and Jetty's error pages, like the security headers.
 */
public final class ServerTimeHeader {
    public static final String NAME = "X-Server-Time";

    private ServerTimeHeader() {
    }

    public static void put(HttpFields.Mutable headers, LongSupplier clock) {
        headers.put(NAME, Long.toString(clock.getAsLong()));
    }
}
