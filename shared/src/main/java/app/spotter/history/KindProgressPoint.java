package app.spotter.history;

/**
 * One workout's figures for one exercise of a kind: the best of its {@link KindMeasures#primary} and
 * {@link KindMeasures#secondary} measures (0 when the kind has no second figure or no set counted for it).
 */
public record KindProgressPoint(long startedAt, double first, double second) {
}
