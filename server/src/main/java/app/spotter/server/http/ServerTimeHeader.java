package app.spotter.server.http;

import io.javalin.config.RoutesConfig;
import java.util.function.LongSupplier;

/**
 * {@code X-Server-Time: <epoch ms>} on every {@code /api} answer, errors included: the client measures its clock's
 * offset from it and stamps every change in server time (README "Stamps").
 */
public final class ServerTimeHeader {
    public static final String NAME = "X-Server-Time";

    private ServerTimeHeader() {
    }

    /** Register before every other handler, so even a request refused by a guard carries it. */
    public static void register(RoutesConfig routes, LongSupplier clock) {
        routes.before("/api/*", ctx -> ctx.header(NAME, Long.toString(clock.getAsLong())));
    }
}
