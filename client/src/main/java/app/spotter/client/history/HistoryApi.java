package app.spotter.client.history;

import static app.spotter.client.api.ApiCall.answer;

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
        http.send("GET", "/api/history" + query, null, response -> answer(response, callback, body -> {
            List<HistoryEntry> entries = new ArrayList<>();
            for (HistoryLine line : HistoryPageCodec.read(body)) {
                entries.add(HistoryEntry.of(line));
            }
            return entries;
        }));
    }

    /** One logged workout, the schema-2 document the server keeps. */
    public void workout(String id, Callback<Workout> callback) {
        http.send("GET", path(id), null, response -> answer(response, callback, WorkoutCodec::read));
    }

    public void summary(String id, Callback<WorkoutSummary> callback) {
        http.send("GET", path(id) + "/summary", null,
                response -> answer(response, callback, WorkoutSummaryCodec::read));
    }

    /** Deletes a logged workout; one already gone counts as deleted, so a second tap cannot fail. */
    public void delete(String id, Callback<Void> callback) {
        http.send("DELETE", path(id), null, response -> {
            if (response.status() == NOT_FOUND) {
                callback.succeeded(null);
            } else {
                answer(response, callback, body -> null);
            }
        });
    }

    private static String path(String id) {
        return "/api/workouts/" + TemplateApi.encodeSegment(id);
    }
}
