package app.spotter.client.progress;

import static app.spotter.client.api.ApiCall.answer;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.templates.TemplateApi;
import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The server's progress endpoints: exercise names, an exercise's series, weekly volume. */
public final class ProgressApi {
    /** One point of a series: when (epoch ms) and up to two values (kg). */
    public record Point(long at, double first, double second) {
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

    /** Top weight (first) and estimated 1RM (second) per workout, oldest first. */
    public void progress(String exercise, Callback<List<Point>> callback) {
        http.send("GET", "/api/progress?exercise=" + TemplateApi.encodeSegment(exercise), null,
                response -> answer(response, callback,
                        body -> points(body, "startedAt", "topWeight", "estimatedOneRepMax")));
    }

    /** Volume (first) per week, weeks starting on the user's Monday. */
    public void weekly(int utcOffsetMinutes, Callback<List<Point>> callback) {
        http.send("GET", "/api/progress/weekly?utcOffsetMinutes=" + utcOffsetMinutes, null,
                response -> answer(response, callback,
                        body -> points(body, "weekStart", "volumeKg", "volumeKg")));
    }

    private static List<Point> points(String body, String at, String first, String second) {
        JsonArray rows = Json.parseArray(body);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getObject(i);
            points.add(new Point(row.getLong(at, 0), row.getDouble(first, 0), row.getDouble(second, 0)));
        }
        return points;
    }
}
