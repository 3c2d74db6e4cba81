package app.spotter.server.ops;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.delta;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.Workout;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics}: off unless enabled; then counters per route template, sync and log outcomes. */
class MetricsApiTest {
    private static final long T0 = 1_764_620_000_000L;

    @TempDir
    Path dir;

    /** The metrics text once it satisfies {@code until} (the last request is counted just after it is answered). */
    private static String metrics(RunningServer server, Predicate<String> until) {
        Instant deadline = Instant.now().plusSeconds(5);
        Reply reply = server.client().get("/metrics");
        while (!until.test(reply.body()) && Instant.now().isBefore(deadline)) {
            reply = server.client().get("/metrics");
        }
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("text/plain; version=0.0.4"), reply.contentType());
        return reply.body();
    }

    @Test
    void metrics_are_off_by_default_and_then_answer_404_like_any_unknown_path() {
        try (RunningServer server = RunningServer.start(dir)) {
            Reply metrics = server.client().get("/metrics");
            Reply unknown = server.client().get("/no-such-file");
            assertEquals(404, metrics.status());
            assertEquals(unknown.status(), metrics.status());
            assertEquals(unknown.contentType(), metrics.contentType());
        }
    }

    @Test
    void requests_are_counted_per_route_template_and_status_class_never_per_raw_path() {
        try (RunningServer server = RunningServer.start(dir, Operations.standard().withMetrics(Optional.empty()))) {
            assertEquals(404, server.get("/api/workouts/secret-session-17").status());
            assertEquals(404, server.get("/api/workouts/secret-session-18?limit=3").status());
            assertEquals(200, server.get("/history/secret-session-17").status());
            String text = metrics(server, t -> t.contains("route=\"/api/workouts/{id}\",status=\"4xx\"} 2")
                    && t.contains("route=\"files\",status=\"2xx\"} 1"));
            assertTrue(text.contains("spotter_http_requests_total{method=\"GET\",route=\"files\",status=\"2xx\"} 1"),
                    "an app page is counted under one label: " + text);
            assertTrue(text.contains(
                    "spotter_http_requests_total{method=\"GET\",route=\"/api/workouts/{id}\",status=\"4xx\"} 2"),
                    text);
            assertTrue(text.contains("spotter_http_request_duration_seconds_count{method=\"GET\","
                    + "route=\"/api/workouts/{id}\"} 2"), text);
            assertTrue(text.contains("spotter_http_request_duration_seconds_bucket{method=\"GET\","
                    + "route=\"/api/workouts/{id}\",le=\"+Inf\"} 2"), text);
            assertFalse(text.contains("secret-session"), "no raw path in the labels");
            assertFalse(text.contains("limit"), "no query string in the labels");
            assertTrue(text.contains("# TYPE spotter_http_request_duration_seconds histogram"), text);
        }
    }

    @Test
    void draft_merges_and_conflicts_and_workouts_logged_are_counted_by_outcome() {
        try (RunningServer server = RunningServer.start(dir, Operations.standard().withMetrics(Optional.empty()))) {
            Workout base = start("s-1", T0, "a");
            assertEquals(412, server.put("/api/session-draft?baseRevision=0",
                    delta(complete(base, 0, 0, at(T0 + 1, "a")), base.latestStamp())).status());
            assertEquals(200, server.put("/api/session-draft?baseRevision=0", json(base)).status());
            assertEquals(409, server.put("/api/session-draft?baseRevision=0", json(start("s-2", T0, "b"))).status());
            Workout finished = finish(complete(base, 0, 0, at(T0 + 60_000, "a")), at(T0 + 1_800_000, "a"));
            assertEquals(201, server.post("/api/workouts", json(finished)).status());
            assertEquals(200, server.post("/api/workouts", json(finished)).status());
            assertEquals(410, server.put("/api/session-draft?baseRevision=1", json(base)).status());

            String text = metrics(server, t -> t.contains("reason=\"session_ended\"} 1"));
            assertTrue(text.contains("spotter_draft_sync_merges_total 1"), text);
            assertTrue(text.contains(
                    "spotter_draft_sync_conflicts_total{status=\"412\",reason=\"no_server_copy\"} 1"), text);
            assertTrue(text.contains(
                    "spotter_draft_sync_conflicts_total{status=\"409\",reason=\"other_session_active\"} 1"), text);
            assertTrue(text.contains(
                    "spotter_draft_sync_conflicts_total{status=\"410\",reason=\"session_ended\"} 1"), text);
            assertTrue(text.contains("spotter_workouts_logged_total{result=\"created\"} 1"), text);
            assertTrue(text.contains("spotter_workouts_logged_total{result=\"already_logged\"} 1"), text);
            assertTrue(text.contains(
                    "spotter_http_requests_total{method=\"PUT\",route=\"/api/session-draft\",status=\"4xx\"} 3"),
                    text);
        }
    }

    @Test
    void without_a_token_only_this_machine_reads_them_and_not_through_a_proxy() {
        try (RunningServer server = RunningServer.start(dir, Operations.standard().withMetrics(Optional.empty()))) {
            Reply forwarded = server.send(HttpRequest.newBuilder(java.net.URI.create(server.url("/metrics")))
                    .header("X-Forwarded-For", "203.0.113.9").GET());
            assertEquals(403, forwarded.status(), forwarded.body());
            assertTrue(forwarded.body().contains("SPOTTER_METRICS_TOKEN"), forwarded.body());
            assertEquals(200, server.client().get("/metrics").status());
        }
    }

    @Test
    void with_a_token_set_only_a_request_carrying_it_reads_them() {
        Operations ops = Operations.standard().withMetrics(Optional.of("scrape-token-123"));
        try (RunningServer server = RunningServer.start(dir, ops)) {
            Reply none = server.client().get("/metrics");
            assertEquals(401, none.status(), none.body());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, server.send(request(server, "Bearer wrong-token")).status());
            Reply ok = server.send(request(server, "Bearer scrape-token-123"));
            assertEquals(200, ok.status(), ok.body());
            assertTrue(ok.body().contains("spotter_http_requests_total"), ok.body());
        }
    }

    private static HttpRequest.Builder request(RunningServer server, String authorization) {
        return HttpRequest.newBuilder(java.net.URI.create(server.url("/metrics")))
                .header("Authorization", authorization).GET();
    }
}
