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

    static boolean refuse(Response response, Callback callback, ApiException refusal) {
        response.setStatus(refusal.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(refusal), callback);
        return true;
    }

    static ByteBuffer body(ApiException refusal) {
        return ByteBuffer.wrap(Json.write(refusal.body()).getBytes(StandardCharsets.UTF_8));
    }
}
