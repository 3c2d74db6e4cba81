package app.spotter.server.ops;

import app.spotter.server.http.Api;
import com.grack.nanojson.JsonObject;
import io.javalin.http.Context;
import java.util.Optional;

/** HTTP for whoever runs the server: alive ({@code /api/health}), ready ({@code /api/ready}), {@code /metrics}. */
public final class OpsRoutes {
    private final Readiness readiness;
    private final Optional<Metrics> metrics;
    private final MetricsAccess metricsAccess;

    public OpsRoutes(Readiness readiness, Optional<Metrics> metrics, MetricsAccess metricsAccess) {
        this.readiness = readiness;
        this.metrics = metrics;
        this.metricsAccess = metricsAccess;
    }

    public boolean metricsEnabled() {
        return metrics.isPresent();
    }

    public void health(Context ctx) {
        JsonObject body = new JsonObject();
        body.put("status", "ok");
        Api.json(ctx, 200, body);
    }

    /** 200 {@code {"ready": true, "schemaVersion"}}, or 503 with {@code "problem"} and {@code "error"}. */
    public void ready(Context ctx) {
        Readiness.Verdict verdict = readiness.check();
        JsonObject body = new JsonObject();
        body.put("ready", verdict.ready());
        if (verdict.schemaVersion() >= 0) {
            body.put("schemaVersion", verdict.schemaVersion());
        }
        if (!verdict.ready()) {
            body.put("problem", verdict.problem());
            body.put("error", verdict.message());
        }
        ctx.header("Cache-Control", "no-store");
        Api.json(ctx, verdict.ready() ? 200 : 503, body);
    }

    public void metrics(Context ctx) {
        metricsAccess.check(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(PrometheusText.CONTENT_TYPE).result(metrics.orElseThrow().render());
    }
}
