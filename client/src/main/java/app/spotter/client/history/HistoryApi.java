package app.spotter.client.history;

import app.spotter.client.api.Answers;
import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.templates.TemplateApi;
import app.spotter.history.HistoryLine;
import app.spotter.history.HistoryPageCodec;
import app.spotter.history.WorkoutSummary;
import app.spotter.history.WorkoutSummaryCodec;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import java.util.ArrayList;
import java.util.List;

/** The server's look-back endpoints: history pages, one logged workout, its summary, deleting it. */
public final class HistoryApi {
    private static final int NOT_FOUND = 404;
    private final HttpClient http;

    public HistoryApi(HttpClient http) {
        this.http = http;
    }

    /**
     * Up to {@code limit} workouts that come after ({@code before}, {@code beforeId}) in the list, newest first: the
     * start time and id of the last one shown, so workouts that share a start time are neither skipped nor repeated.
     * {@code before} 0 asks for the newest.
     */
    public void page(long before, String beforeId, int limit, Callback<List<HistoryEntry>> callback) {
        String query = "?limit=" + limit + (before > 0 ? "&before=" + before + "&beforeId="
                + TemplateApi.encodeSegment(beforeId) : "");
        ApiCall.send(http, "GET", "/api/history" + query, null, body -> {
            List<HistoryEntry> entries = new ArrayList<>();
            for (HistoryLine line : HistoryPageCodec.read(body)) {
                entries.add(HistoryEntry.of(line));
            }
            return entries;
        }, callback);
    }

    /** One logged workout, the schema-2 document the server keeps. */
    public void workout(String id, Callback<Workout> callback) {
        ApiCall.send(http, "GET", path(id), null, WorkoutCodec::read, callback);
    }

    public void summary(String id, Callback<WorkoutSummary> callback) {
        ApiCall.send(http, "GET", path(id) + "/summary", null, WorkoutSummaryCodec::read, callback);
    }

    /** Deletes a logged workout; one already gone counts as deleted, so a second tap cannot fail. */
    public void delete(String id, Callback<Void> callback) {
        ApiCall.send(http, "DELETE", path(id), null, new Answers()
                .ok(response -> callback.succeeded(null))
                .on(NOT_FOUND, response -> callback.succeeded(null))
                .failed(failure -> callback.failed(failure.error())));
    }

    private static String path(String id) {
        return "/api/workouts/" + TemplateApi.encodeSegment(id);
    }
}
