package app.spotter.client.api;

import app.spotter.client.platform.HttpResponse;
import app.spotter.validation.FieldError;
import java.util.function.Consumer;
import java.util.function.Function;

/** How every API class of the client hands a server answer to its caller: a value, or an error a user can read. */
public final class ApiCall {
    private ApiCall() {
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
