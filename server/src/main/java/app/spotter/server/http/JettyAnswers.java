package app.spotter.server.http;

import app.spotter.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** JSON refusals written below Javalin, by the handlers that guard the door, in the API's error shape. */
final class JettyAnswers {
    private JettyAnswers() {
    }

    static boolean refuse(Response response, Callback callback, int status, String message, String field) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(status, message, field), callback);
        return true;
    }

    static ByteBuffer body(int status, String message, String field) {
        return ByteBuffer.wrap(Json.write(new ApiException(status, message, field, null).body())
                .getBytes(StandardCharsets.UTF_8));
    }
}
