package app.spotter.client.progress;

import static app.spotter.client.api.ApiCall.answer;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.templates.TemplateApi;
import app.spotter.json.Json;
import app.spotter.workout.ExerciseKind;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The server's progress endpoints: exercise names, an exercise's series by its kind, weekly volume. */
public final class ProgressApi {
    /** One point of a series: when (epoch ms) and up to two values (in the units of the series). */
    public record Point(long at, double first, double second) {
    }

    /** An exercise's series: its kind (which says what first and second are, see KindMeasures) and the points. */
    public record Series(ExerciseKind kind, List<Point> points) {
    }

    private final HttpClient http;

    public ProgressApi(HttpClient http) {
        this.http = http;
    }

    public void exercises(Callback<List<String>> callback) {
        http.send("GET", "/api/exercises", null, response -> answer(response, callback, body -> {
            JsonArray names = Json.parseArray(body);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                list.add(names.getString(i));
            }
            return list;
        }));
    }

    /** Per workout, the kind's first and second figures, oldest first. */
    public void progress(String exercise, Callback<Series> callback) {
        http.send("GET", "/api/progress?exercise=" + TemplateApi.encodeSegment(exercise), null,
                response -> answer(response, callback, ProgressApi::series));
    }

    /** Volume (first) per week, weeks starting on the user's Monday. */
    public void weekly(int utcOffsetMinutes, Callback<List<Point>> callback) {
        http.send("GET", "/api/progress/weekly?utcOffsetMinutes=" + utcOffsetMinutes, null,
                response -> answer(response, callback, body -> {
                    JsonArray rows = Json.parseArray(body);
                    List<Point> points = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        JsonObject row = rows.getObject(i);
                        points.add(new Point(row.getLong("weekStart", 0), row.getDouble("volumeKg", 0), 0));
                    }
                    return points;
                }));
    }

    // A server without kinds sends topWeight and estimatedOneRepMax only: a weight x reps series.
    static Series series(String body) {
        JsonArray rows = Json.parseArray(body);
        ExerciseKind kind = ExerciseKind.WEIGHT_REPS;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getObject(i);
            ExerciseKind named = ExerciseKind.fromWire(row.getString("kind", ""));
            kind = named == null ? kind : named;
            points.add(new Point(row.getLong("startedAt", 0),
                    row.has("value") ? row.getDouble("value", 0) : row.getDouble("topWeight", 0),
                    row.has("secondValue") ? row.getDouble("secondValue", 0)
                            : row.getDouble("estimatedOneRepMax", 0)));
        }
        return new Series(kind, points);
    }
}
