package app.spotter.client.templates;

import app.spotter.client.api.ApiErrors;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.json.Json;
import app.spotter.json.TemplateCodec;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The server's template endpoints ({@code /api/templates}) as calls that answer through a {@link Callback}. */
public final class TemplateApi {
    private static final String BASE = "/api/templates";
    private static final int NOT_FOUND = 404;
    private static final String HEX = "0123456789ABCDEF";

    private final HttpClient http;

    public TemplateApi(HttpClient http) {
        this.http = http;
    }

    /** Receives the outcome of one call: the value, or an error a user can read (its field set for a 400). */
    public interface Callback<T> {
        void succeeded(T value);

        void failed(FieldError error);

        static <T> Callback<T> of(Consumer<T> onSuccess, Consumer<FieldError> onFailure) {
            return new Callback<>() {
                @Override
                public void succeeded(T value) {
                    onSuccess.accept(value);
                }

                @Override
                public void failed(FieldError error) {
                    onFailure.accept(error);
                }
            };
        }
    }

    /** The user's templates in their chosen order. */
    public void list(Callback<List<WorkoutTemplate>> callback) {
        http.send("GET", BASE, null, response -> answer(response, callback, TemplateCodec::readList));
    }

    public void get(String id, Callback<WorkoutTemplate> callback) {
        http.send("GET", pathOf(id), null, response -> answer(response, callback, TemplateCodec::read));
    }

    /** Stores a new template; the answer carries the id the server gave it. */
    public void create(WorkoutTemplate template, Callback<WorkoutTemplate> callback) {
        http.send("POST", BASE, TemplateCodec.write(template.withId("")),
                response -> answer(response, callback, TemplateCodec::read));
    }

    public void update(WorkoutTemplate template, Callback<WorkoutTemplate> callback) {
        http.send("PUT", pathOf(template.id()), TemplateCodec.write(template),
                response -> answer(response, callback, TemplateCodec::read));
    }

    /** Deletes a template; one that is already gone (404) counts as deleted, so a retry cannot fail. */
    public void delete(String id, Callback<Void> callback) {
        http.send("DELETE", pathOf(id), null, response -> {
            if (response.status() == NOT_FOUND) {
                callback.succeeded(null);
            } else {
                answer(response, callback, body -> null);
            }
        });
    }

    /** Stores the order of the list: {@code ids} first to last. */
    public void reorder(List<String> ids, Callback<Void> callback) {
        JsonArray array = new JsonArray();
        array.addAll(ids);
        JsonObject body = new JsonObject();
        body.put("ids", array);
        http.send("PUT", BASE + "/order", Json.write(body), response -> answer(response, callback, text -> null));
    }

    private static <T> void answer(HttpResponse response, Callback<T> callback, Function<String, T> read) {
        if (!response.ok()) {
            callback.failed(ApiErrors.from(response));
            return;
        }
        T value;
        try {
            value = read.apply(response.body());
        } catch (ValidationException e) {
            callback.failed(FieldError.whole("The server's answer could not be read: " + e.getMessage()));
            return;
        }
        callback.succeeded(value);
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
