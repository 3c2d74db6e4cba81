package app.spotter.history;

/** One line of the history list as the server sends it ({@code GET /api/history}): a logged workout's totals. */
public record HistoryLine(String id, String name, long startedAt, long durationSeconds, int setsDone,
                          double volumeKg) {
}
