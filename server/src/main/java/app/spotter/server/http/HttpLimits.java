package app.spotter.server.http;

/**
 * How much of the server one client may hold, sized for a household (a few people, a few devices each): beyond
 * these a client waits or is refused, so one misbehaving laptop cannot starve the others.
 *
 * @param maxThreads worker threads in all; three quarters of them may run requests at once, the rest keep Jetty's
 *        own work (accepting, reading, timing out) going
 * @param queuedRequests requests waiting for a worker (up to 15 s) before new ones are refused with 503
 * @param connectionsPerAddress open connections one address may hold (off behind a proxy: every client is the proxy)
 * @param threadsPerAddress workers one address may use at once; its further requests wait without a thread
 * @param requestsPerSecondPerAddress sustained request rate per address before 429
 * @param minBodyBytesPerSecond a request body arriving slower than this is cut off with 408
 * @param idleTimeoutMillis a connection that sends nothing for this long is closed
 */
public record HttpLimits(int maxThreads, int queuedRequests, int connectionsPerAddress, int threadsPerAddress,
                         int requestsPerSecondPerAddress, long minBodyBytesPerSecond, long idleTimeoutMillis) {

    /** The limits a home server runs with. */
    public static HttpLimits household() {
        return new HttpLimits(64, 256, 48, 8, 100, 512, 20_000);
    }

    /** These limits with another sustained request rate per address. */
    public HttpLimits withRequestsPerSecond(int perSecond) {
        return new HttpLimits(maxThreads, queuedRequests, connectionsPerAddress, threadsPerAddress, perSecond,
                minBodyBytesPerSecond, idleTimeoutMillis);
    }
}
