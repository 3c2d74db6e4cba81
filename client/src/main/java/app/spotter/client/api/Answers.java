package app.spotter.client.api;

import app.spotter.client.platform.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one caller does with each kind of server answer to one request, handed to {@link ApiCall#send}: a status
 * it names ({@link #on}, {@link #conflict}) first, then any 2xx ({@link #ok}), then everything else as an
 * {@link ApiFailure} ({@link #failed}). A kind the caller names nothing for is ignored.
 */
public final class Answers {
    private static final int CONFLICT = 409;
    private final List<Integer> statuses = new ArrayList<>();
    private final List<Consumer<HttpResponse>> handlers = new ArrayList<>();
    private Consumer<HttpResponse> ok = response -> { };
    private Consumer<ApiFailure> failed = failure -> { };

    /** Any 2xx the caller names no handler for by status. */
    public Answers ok(Consumer<HttpResponse> handler) {
        ok = handler;
        return this;
    }

    /** One status, 2xx or not, that the caller treats apart (204 "nothing there", 410 "gone", ...). */
    public Answers on(int status, Consumer<HttpResponse> handler) {
        statuses.add(status);
        handlers.add(handler);
        return this;
    }

    /** 409: the request clashes with what the server has; the body says with what. */
    public Answers conflict(Consumer<HttpResponse> handler) {
        return on(CONFLICT, handler);
    }

    /** Everything not named: offline and 5xx to retry, 401 signed out, other 4xx refused with the server's words. */
    public Answers failed(Consumer<ApiFailure> handler) {
        failed = handler;
        return this;
    }

    void handle(HttpResponse response) {
        int named = statuses.indexOf(response.status());
        if (named >= 0) {
            handlers.get(named).accept(response);
        } else if (response.ok()) {
            ok.accept(response);
        } else {
            failed.accept(ApiFailure.of(response));
        }
    }
}
