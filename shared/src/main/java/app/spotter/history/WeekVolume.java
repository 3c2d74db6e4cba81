package app.spotter.history;

/** One week's volume ({@code GET /api/progress/weekly}): the week's first millisecond (the user's Monday), kg. */
public record WeekVolume(long weekStart, double volumeKg) {
}
