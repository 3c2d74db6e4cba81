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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The server's template endpoints ({@code /api/templates}) as calls that answer through a {@link Callback}. */
public final class TemplateApi {
    private static final String BASE = "/api/templates";
    private static final int NOT_FOUND = 404;

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
    // never change which path is asked for.
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (unreserved) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
