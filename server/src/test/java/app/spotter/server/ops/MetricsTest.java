package app.spotter.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final long MS = 1_000_000;

    @Test
    void latencyBucketsAreCumulativeWithTheSumInSeconds() {
        Metrics metrics = new Metrics(Optional.empty());
        metrics.answered("GET", "/api/history", 200, 3 * MS, 100);
        metrics.answered("GET", "/api/history", 200, 30 * MS, 100);
        metrics.answered("GET", "/api/history", 500, 20_000 * MS, 0);
        String text = metrics.render();
        String labels = "method=\"GET\",route=\"/api/history\"";
        String bucket = "spotter_http_request_duration_seconds_bucket{" + labels;
        assertTrue(text.contains(bucket + ",le=\"0.005\"} 1\n"), text);
        assertTrue(text.contains(bucket + ",le=\"0.025\"} 1\n"), text);
        assertTrue(text.contains(bucket + ",le=\"0.05\"} 2\n"), text);
        assertTrue(text.contains(bucket + ",le=\"10\"} 2\n"), text);
        assertTrue(text.contains(bucket + ",le=\"+Inf\"} 3\n"), text);
        assertTrue(text.contains("spotter_http_request_duration_seconds_sum{" + labels + "} 20.033\n"), text);
        assertTrue(text.contains("spotter_http_requests_total{" + labels + ",status=\"2xx\"} 2\n"), text);
        assertTrue(text.contains("spotter_http_requests_total{" + labels + ",status=\"5xx\"} 1\n"), text);
        assertTrue(text.contains("spotter_http_response_bytes_total{" + labels + "} 200\n"), text);
    }

    @Test
    void aPoolIsReportedOnlyWhenTheDatabaseLayerHasOne() {
        assertFalse(new Metrics(Optional.empty()).render().contains("spotter_db_pool"));
        String text = new Metrics(Optional.of(() -> new ConnectionPoolGauge.Snapshot(3, 5, 10, 2))).render();
        assertTrue(text.contains("spotter_db_pool_connections{state=\"active\"} 3\n"), text);
        assertTrue(text.contains("spotter_db_pool_connections{state=\"idle\"} 5\n"), text);
        assertTrue(text.contains("spotter_db_pool_max_connections 10\n"), text);
        assertTrue(text.contains("spotter_db_pool_waiting_threads 2\n"), text);
    }

    @Test
    void labelValuesAreEscapedAndMadeUpMethodsShareOneLabel() {
        String text = new PrometheusText().sample("x", 1, "route", "a\"b\\c\nd").toString();
        assertEquals("x{route=\"a\\\"b\\\\c\\nd\"} 1\n", text);
        assertEquals("other", RequestRoute.methodLabel("BREW"));
        assertEquals("GET", RequestRoute.methodLabel("get"));
    }

    @Test
    void theRequestLineHasMethodRouteStatusTimeAndSizeOnly() {
        assertEquals("method=PUT route=/api/session-draft status=412 ms=12.3 bytes=87",
                RequestLog.line("PUT", "/api/session-draft", 412, 12_345_678, 87));
    }
}
