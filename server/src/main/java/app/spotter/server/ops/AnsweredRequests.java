package app.spotter.server.ops;

/**
 * Told of every answered request, after its last byte: what was asked (method and route template, never the raw
 * path), the status, how long it took and how many body bytes went out. Nothing about who asked.
 */
public interface AnsweredRequests {
    void answered(String method, String route, int status, long nanos, long bytes);
}
