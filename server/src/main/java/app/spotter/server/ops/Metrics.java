package app.spotter.server.ops;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's counters for {@code /metrics}: requests per method, route template and status class with a latency
 * histogram, draft-sync merges and conflicts, workouts logged, and the database pool when it has one. Recording is
 * a map look-up and a few {@link LongAdder} increments: no lock on the request path.
 */
public final class Metrics implements AnsweredRequests {
    static final String DRAFT_ROUTE = "/api/session-draft";
    static final String LOG_ROUTE = "/api/workouts";
    private static final String[] STATUS_CLASSES = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};

    private final Map<String, RouteStats> routes = new ConcurrentHashMap<>();
    private final LongAdder draftMerges = new LongAdder();
    private final LongAdder draftNoServerCopy = new LongAdder();
    private final LongAdder draftOtherSession = new LongAdder();
    private final LongAdder draftEnded = new LongAdder();
    private final LongAdder workoutsCreated = new LongAdder();
    private final LongAdder workoutsAlreadyLogged = new LongAdder();
    private final Optional<ConnectionPoolGauge> pool;

    public Metrics(Optional<ConnectionPoolGauge> pool) {
        this.pool = pool;
    }

    /** One answered request; {@code route} is a template or one of {@link RequestRoute}'s fixed labels. */
    @Override
    public void answered(String method, String route, int status, long nanos, long bytes) {
        String key = method + ' ' + route;
        RouteStats stats = routes.get(key);
        if (stats == null) {
            stats = routes.computeIfAbsent(key, k -> new RouteStats(method, route));
        }
        stats.byClass[status >= 100 && status < 600 ? status / 100 : 0].increment();
        stats.latency.record(nanos);
        stats.bytes.add(bytes);
        countOutcome(method, route, status);
    }

    private void countOutcome(String method, String route, int status) {
        if (method.equals("PUT") && route.equals(DRAFT_ROUTE)) {
            switch (status) {
                case 200 -> draftMerges.increment();
                case 412 -> draftNoServerCopy.increment();
                case 409 -> draftOtherSession.increment();
                case 410 -> draftEnded.increment();
                default -> {
                }
            }
        } else if (method.equals("POST") && route.equals(LOG_ROUTE)) {
            if (status == 201) {
                workoutsCreated.increment();
            } else if (status == 200) {
                workoutsAlreadyLogged.increment();
            }
        }
    }

    /** Everything counted so far, in the text exposition format. */
    public String render() {
        PrometheusText text = new PrometheusText();
        text.family("spotter_http_requests_total", "counter",
                "Requests answered, by method, route template and status class.");
        routes.values().forEach(stats -> {
            for (int c = 0; c < STATUS_CLASSES.length; c++) {
                long count = stats.byClass[c].sum();
                if (count > 0) {
                    text.sample("spotter_http_requests_total", count, "method", stats.method, "route", stats.route,
                            "status", STATUS_CLASSES[c]);
                }
            }
        });
        text.family("spotter_http_request_duration_seconds", "histogram",
                "Time from a request's arrival to its answer's last byte, by method and route template.");
        routes.values().forEach(stats -> writeHistogram(text, stats));
        text.family("spotter_http_response_bytes_total", "counter",
                "Body bytes sent, by method and route template.");
        routes.values().forEach(stats -> text.sample("spotter_http_response_bytes_total", stats.bytes.sum(),
                "method", stats.method, "route", stats.route));
        text.family("spotter_draft_sync_merges_total", "counter",
                "Draft syncs (PUT /api/session-draft) merged and stored.");
        text.sample("spotter_draft_sync_merges_total", draftMerges.sum());
        text.family("spotter_draft_sync_conflicts_total", "counter",
                "Draft syncs refused: 412 the server has no copy for a delta, 409 another session is active,"
                        + " 410 the session was logged, discarded or deleted.");
        text.sample("spotter_draft_sync_conflicts_total", draftNoServerCopy.sum(), "status", "412",
                "reason", "no_server_copy");
        text.sample("spotter_draft_sync_conflicts_total", draftOtherSession.sum(), "status", "409",
                "reason", "other_session_active");
        text.sample("spotter_draft_sync_conflicts_total", draftEnded.sum(), "status", "410",
                "reason", "session_ended");
        text.family("spotter_workouts_logged_total", "counter",
                "Finished workouts posted: created (201) or already logged and merged (200, idempotent).");
        text.sample("spotter_workouts_logged_total", workoutsCreated.sum(), "result", "created");
        text.sample("spotter_workouts_logged_total", workoutsAlreadyLogged.sum(), "result", "already_logged");
        pool.ifPresent(gauge -> writePool(text, gauge.snapshot()));
        return text.toString();
    }

    private static void writeHistogram(PrometheusText text, RouteStats stats) {
        long[] cumulative = stats.latency.cumulative();
        String name = "spotter_http_request_duration_seconds";
        for (int i = 0; i < LatencyHistogram.BOUNDS_SECONDS.length; i++) {
            text.sample(name + "_bucket", cumulative[i], "method", stats.method, "route", stats.route,
                    "le", PrometheusText.number(LatencyHistogram.BOUNDS_SECONDS[i]));
        }
        long total = cumulative[cumulative.length - 1];
        text.sample(name + "_bucket", total, "method", stats.method, "route", stats.route, "le", "+Inf");
        text.sample(name + "_sum", stats.latency.sumSeconds(), "method", stats.method, "route", stats.route);
        text.sample(name + "_count", total, "method", stats.method, "route", stats.route);
    }

    private static void writePool(PrometheusText text, ConnectionPoolGauge.Snapshot pool) {
        text.family("spotter_db_pool_connections", "gauge", "Database connections by state.");
        text.sample("spotter_db_pool_connections", pool.active(), "state", "active");
        text.sample("spotter_db_pool_connections", pool.idle(), "state", "idle");
        text.family("spotter_db_pool_max_connections", "gauge", "The most connections the pool opens.");
        text.sample("spotter_db_pool_max_connections", pool.max());
        text.family("spotter_db_pool_waiting_threads", "gauge", "Requests waiting for a connection.");
        text.sample("spotter_db_pool_waiting_threads", pool.waiting());
    }

    private static final class RouteStats {
        final String method;
        final String route;
        final LongAdder[] byClass = new LongAdder[STATUS_CLASSES.length];
        final LatencyHistogram latency = new LatencyHistogram();
        final LongAdder bytes = new LongAdder();

        RouteStats(String method, String route) {
            this.method = method;
            this.route = route;
            for (int i = 0; i < byClass.length; i++) {
                byClass[i] = new LongAdder();
            }
        }
    }
}
