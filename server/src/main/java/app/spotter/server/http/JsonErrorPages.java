package app.spotter.server.http;

import java.nio.ByteBuffer;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it could not parse, headers too large, a body that stalled) in the API's
 * JSON shape with the security headers and the server time, and never with a stack trace.
 */
public final class JsonErrorPages extends ErrorHandler {
    private final LongSupplier clock;

    public JsonErrorPages(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object message = request.getAttribute(ERROR_MESSAGE);
        SecurityHeaders.apply(response.getHeaders(), true);
        ServerTimeHeader.put(response.getHeaders(), clock);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        // Jetty may close the connection after its own errors: say so, so no client sends on it again.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, JettyAnswers.body(ApiException.withStatus(status, text(status, message))), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields, true);
        ServerTimeHeader.put(fields, clock);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CONNECTION, "close");
        return JettyAnswers.body(ApiException.withStatus(status, text(status, reason)));
    }

    private static String text(int status, Object message) {
        if (status == 408) {
            return "The request body arrived too slowly";
        }
        if (status == 431) {
            return "The request headers are too large";
        }
        String given = message == null ? "" : message.toString();
        return status >= 500 ? "Something went wrong on the server"
                : given.isEmpty() || given.length() > 200 ? "The request could not be read" : given;
    }
}
