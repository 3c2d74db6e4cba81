package app.spotter.server.workouts;

/**
 * The one paging order of the workout log, newest first by start time then session id, so the last row of a page
 * is the cursor for the next ({@code :before}, {@code :beforeId}) and workouts that share a start time are never
 * skipped or repeated. {@code :before} 0 starts at the newest; a null {@code :beforeId} takes every row started
 * before {@code :before}, as callers that send only {@code before} expect.
 */
public final class StartTimeCursor {
    /** The condition on the {@code workouts} table, for after {@code WHERE ... AND}. */
    public static final String AFTER_CURSOR = "(:before = 0 OR started_at < :before"
            + " OR (started_at = :before AND :beforeId IS NOT NULL AND session_id < :beforeId))";
    public static final String ORDER = " ORDER BY started_at DESC, session_id DESC";

    private StartTimeCursor() {
    }
}
