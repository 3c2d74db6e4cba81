package app.spotter.server.http;

import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to a JSON answer {@code {"error", "field"}}: the one place where errors become HTTP. */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> Api.json(ctx, e.status(), e.body()));
        config.routes.exception(ValidationException.class, (e, ctx) -> {
            FieldError first = e.first();
            Api.json(ctx, 400, ApiException.invalid(first.field(), first.message()).body());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                Api.json(ctx, e.getStatus(), ApiException.withStatus(e.getStatus(), e.getMessage()).body()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            int clientFault = ClientFaults.statusOf(e);
            if (clientFault != 0) {
                ApiException refusal = ClientFaults.toApiException(e, clientFault);
                Api.json(ctx, clientFault, refusal.body());
                return;
            }
            LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            Api.json(ctx, 500, ApiException.withStatus(500, "Something went wrong on the server").body());
        });
        config.routes.error(404, ErrorHandlers::notFound);
    }

    private static void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                String message = "No such API route: " + ctx.method() + " " + ctx.path();
                Api.json(ctx, 404, ApiException.withStatus(404, message).body());
            }
        }
    }
}
