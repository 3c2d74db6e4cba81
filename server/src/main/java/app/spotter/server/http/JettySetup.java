package app.spotter.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty under Javalin, set up to keep answering under a slow or greedy client: bounded workers and queue, a
 * minimum body data rate, an idle timeout, per-address limits on connections, workers and request rate, the front
 * door's checks and JSON error pages.
 */
public final class JettySetup {
    private JettySetup() {
    }

    public static void apply(JavalinConfig config, HttpLimits limits, HostAllowList hosts, boolean behindProxy,
            LongSupplier clock) {
        QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), Math.min(8, limits.maxThreads()), 60_000);
        pool.setName("spotter-http");
        config.jetty.threadPool = pool;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setMinRequestDataRate(limits.minBodyBytesPerSecond());
            http.setIdleTimeout(limits.idleTimeoutMillis());
            http.setSendServerVersion(false);
        });
        config.jetty.modifyServer(server -> wrap(server, limits, hosts, behindProxy, clock));
    }

    private static void wrap(Server server, HttpLimits limits, HostAllowList hosts, boolean behindProxy,
            LongSupplier clock) {
        server.setErrorHandler(new JsonErrorPages(clock));
        // The request queue is bounded here, not in the thread pool: Jetty's own tasks must never be refused.
        QoSHandler queue = new QoSHandler(server.getHandler());
        queue.setMaxRequestCount(Math.max(1, limits.maxThreads() * 3 / 4));
        queue.setMaxSuspendedRequestCount(limits.queuedRequests());
        queue.setMaxSuspend(Duration.ofSeconds(15));
        queue.setRejectStatusCode(503);
        ThreadLimitHandler threads = new ThreadLimitHandler(queue, behindProxy ? "X-Forwarded-For" : null, false);
        threads.setThreadLimit(limits.threadsPerAddress());
        DoSHandler rate = new DoSHandler(threads, request -> ClientAddress.of(request, behindProxy),
                new DoSHandler.LeakingBucketTrackerFactory(limits.requestsPerSecondPerAddress()),
                (request, response, callback) -> {
                    response.getHeaders().put("Retry-After", "1");
                    return JettyAnswers.refuse(response, callback,
                            ApiException.tooManyRequests("Too many requests: slow down"));
                }, 10_000);
        server.setHandler(new FrontDoor(hosts, clock, rate));
        server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                for (var connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector sc) {
                        sc.setIdleTimeout(limits.idleTimeoutMillis());
                        if (!behindProxy) {
                            sc.addBean(new ConnectionsPerAddress(limits.connectionsPerAddress()));
                        }
                    }
                }
            }
        });
    }
}
