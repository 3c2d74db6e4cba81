package app.spotter.server.ops;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler: times every request from arrival to its answer's last byte, including those the door
 * refuses (429, 413, 503 from the queue), and tells the {@link AnsweredRequests} listeners (the request log, the
 * metrics) once it is done.
 */
public final class RequestObserver extends Handler.Wrapper {
    private final LongSupplier nanoClock;
    private final List<AnsweredRequests> listeners;

    public RequestObserver(Handler next, LongSupplier nanoClock, List<AnsweredRequests> listeners) {
        super(next);
        this.nanoClock = nanoClock;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = nanoClock.getAsLong();
        RequestRoute route = new RequestRoute();
        request.setAttribute(RequestRoute.ATTRIBUTE, route);
        String path = Request.getPathInContext(request);
        String method = RequestRoute.methodLabel(request.getMethod());
        AtomicBoolean told = new AtomicBoolean();
        Runnable done = () -> {
            if (told.compareAndSet(false, true)) {
                tell(method, route.label(path), response.getStatus(), nanoClock.getAsLong() - start,
                        Response.getContentBytesWritten(response));
            }
        };
        Callback observed = new Callback() {
            @Override
            public void succeeded() {
                done.run();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                done.run();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, response, observed);
        } catch (Exception | Error e) {
            if (told.compareAndSet(false, true)) {
                tell(method, route.label(path), 500, nanoClock.getAsLong() - start, 0);
            }
            throw e;
        }
        if (!handled && told.compareAndSet(false, true)) {
            tell(method, route.label(path), 404, nanoClock.getAsLong() - start, 0);
        }
        return handled;
    }

    private void tell(String method, String route, int status, long nanos, long bytes) {
        for (AnsweredRequests listener : listeners) {
            listener.answered(method, route, status, nanos, bytes);
        }
    }
}
