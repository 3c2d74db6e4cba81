package app.spotter.ops;

/** The answer of {@code GET /api/health}: the process serves HTTP ({@code "ok"}). */
public record HealthAnswer(String status) {
    public static final HealthAnswer ALIVE = new HealthAnswer("ok");
}
