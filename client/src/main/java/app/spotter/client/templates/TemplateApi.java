package app.spotter.client.templates;

import static app.spotter.client.api.ApiCall.send;

import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.json.Json;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.List;

/**
 * The server's template endpoints ({@code /api/templates}, templates v2) as calls that answer through a
 * {@link Callback}.
 */
public final class TemplateApi {
    private static final String BASE = "/api/templates";
    private static final int NOT_FOUND = 404;
    private static final String HEX = "0123456789ABCDEF";

    private final HttpClient http;

    public TemplateApi(HttpClient http) {
        this.http = http;
    }

    /** The user's templates in their chosen order, with the server's text of them (what the device keeps). */
    public void list(Callback<Listing> callback) {
        send(http, "GET", BASE, null, body -> new Listing(TemplateCodecV2.readList(body), body), callback);
    }

    /** A template list as read, and the templates v2 text it was read from. */
    public record Listing(List<Template> templates, String text) {
    }

    public void get(String id, Callback<Template> callback) {
        send(http, "GET", pathOf(id), null, TemplateCodecV2::read, callback);
    }

    /** Stores a new template; the answer carries the id the server gave it. */
    public void create(Template template, Callback<Template> callback) {
        send(http, "POST", BASE, TemplateCodecV2.write(template.withId("")), TemplateCodecV2::read, callback);
    }

    public void update(Template template, Callback<Template> callback) {
        send(http, "PUT", pathOf(template.id()), TemplateCodecV2.write(template), TemplateCodecV2::read, callback);
    }

    /** Deletes a template; one that is already gone (404) counts as deleted, so a retry cannot fail. */
    public void delete(String id, Callback<Void> callback) {
        ApiCall.send(http, "DELETE", pathOf(id), null, new Answers()
                .ok(response -> callback.succeeded(null))
                .on(NOT_FOUND, response -> callback.succeeded(null))
                .failed(failure -> callback.failed(failure.error())));
    }

    /** Stores the order of the list: {@code ids} first to last. */
    public void reorder(List<String> ids, Callback<Void> callback) {
        JsonArray array = new JsonArray();
        array.addAll(ids);
        JsonObject body = new JsonObject();
        body.put("ids", array);
        send(http, "PUT", BASE + "/order", Json.write(body), text -> null, callback);
    }

    private static String pathOf(String id) {
        return BASE + "/" + encodeSegment(id);
    }

    // Ids are the server's and opaque to us: percent-encode anything outside the unreserved set so an id can
    // never change which path is asked for. UTF-8 is encoded by hand: String.getBytes(UTF_8) pulls TeaVM's whole
    // charset machinery (about 10 KB) into the bundle.
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else if (c < 0x80) {
                percent(out, c);
            } else if (c < 0x800) {
                percent(out, 0xC0 | (c >> 6));
                percent(out, 0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                percent(out, 0xE0 | (c >> 12));
                percent(out, 0x80 | ((c >> 6) & 0x3F));
                percent(out, 0x80 | (c & 0x3F));
            } else {
                percent(out, 0xF0 | (c >> 18));
                percent(out, 0x80 | ((c >> 12) & 0x3F));
                percent(out, 0x80 | ((c >> 6) & 0x3F));
                percent(out, 0x80 | (c & 0x3F));
            }
        }
        return out.toString();
    }

    private static void percent(StringBuilder out, int octet) {
        out.append('%').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
    }
}
