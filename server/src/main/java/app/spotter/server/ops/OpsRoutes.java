package app.spotter.server.ops;

import app.spotter.ops.HealthAnswer;
import app.spotter.ops.OpsCodec;
import app.spotter.ops.ReadyAnswer;
import app.spotter.server.http.Api;
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
        Api.json(ctx, 200, OpsCodec.toJson(HealthAnswer.ALIVE));
    }

    /** 200 when ready, 503 naming the problem otherwise ({@link OpsCodec}). */
    public void ready(Context ctx) {
        ReadyAnswer answer = readiness.check();
        ctx.header("Cache-Control", "no-store");
        Api.json(ctx, answer.ready() ? 200 : 503, OpsCodec.toJson(answer));
    }

    public void metrics(Context ctx) {
        metricsAccess.check(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(PrometheusText.CONTENT_TYPE).result(metrics.orElseThrow().render());
    }
}
