package app.spotter.client.progress;

import app.spotter.client.api.ApiCall;
import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.templates.TemplateApi;
import app.spotter.history.ExerciseNamesCodec;
import app.spotter.history.ProgressSeries;
import app.spotter.history.ProgressSeriesCodec;
import app.spotter.history.WeekVolume;
import app.spotter.history.WeeklyVolumeCodec;
import java.util.List;

/** The server's progress endpoints: exercise names, an exercise's series by its kind, weekly volume. */
public final class ProgressApi {
    private final HttpClient http;

    public ProgressApi(HttpClient http) {
        this.http = http;
    }

    public void exercises(Callback<List<String>> callback) {
        ApiCall.send(http, "GET", "/api/exercises", null, ExerciseNamesCodec::read, callback);
    }

    /** Per workout, the kind's first and second figures, oldest first. */
    public void progress(String exercise, Callback<ProgressSeries> callback) {
        ApiCall.send(http, "GET", "/api/progress?exercise=" + TemplateApi.encodeSegment(exercise), null,
                ProgressSeriesCodec::read, callback);
    }

    /** Volume per week, weeks starting on the user's Monday. */
    public void weekly(int utcOffsetMinutes, Callback<List<WeekVolume>> callback) {
        ApiCall.send(http, "GET", "/api/progress/weekly?utcOffsetMinutes=" + utcOffsetMinutes, null,
                WeeklyVolumeCodec::read, callback);
    }
}
