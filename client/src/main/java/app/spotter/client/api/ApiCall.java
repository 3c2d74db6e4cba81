package app.spotter.client.api;

import app.spotter.client.platform.HttpClient;
import app.spotter.client.platform.HttpResponse;
import app.spotter.validation.FieldError;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How every request of the client goes to the server and how its answer comes back: either through
 * {@link Answers} (the caller names what it does with each kind of answer) or through a {@link Callback} (a value
 * read from a 2xx body, or an error a user can read).
 */
public final class ApiCall {
    private ApiCall() {
    }

    /** Sends one request ({@code body} may be null); its answer goes to the handler of {@code answers} that fits. */
    public static void send(HttpClient http, String method, String path, String body, Answers answers) {
        http.send(method, path, body, answers::handle);
    }

    /** Sends one request; the callback gets the 2xx body read by {@code read}, or a readable error. */
    public static <T> void send(HttpClient http, String method, String path, String body, Function<String, T> read,
            Callback<T> callback) {
        http.send(method, path, body, response -> answer(response, callback, read));
    }

    /** Sends a large body as an upload ({@code progress} hears how much has gone up); then as {@link #send}. */
    public static <T> void upload(HttpClient http, String method, String path, String body,
                                  HttpClient.UploadProgress progress, Function<String, T> read, Callback<T> callback) {
        http.upload(method, path, body, progress, response -> answer(response, callback, read));
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

    /** Hands a response to a callback: the body read by {@code read}, or a readable error. */
    public static <T> void answer(HttpResponse response, Callback<T> callback, Function<String, T> read) {
        if (!response.ok()) {
            callback.failed(ApiErrors.from(response));
            return;
        }
        T value;
        try {
            value = read.apply(response.body());
        } catch (RuntimeException e) {
            callback.failed(FieldError.whole("The server's answer could not be read: " + e.getMessage()));
            return;
        }
        callback.succeeded(value);
    }
}
