package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.WorkoutReader;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wire form of a {@link ProgressSeries}: a list of points {@code {"startedAt", "topWeight",
 * "estimatedOneRepMax", "kind", "value", "unit", "secondValue", "secondUnit"}}; {@code topWeight} and
 * {@code estimatedOneRepMax} repeat the figures for weight x reps and are 0 for the other kinds. The server writes
 * it, the client reads it strictly. The kind travels in each point, so an empty series reads as weight x reps.
 */
public final class ProgressSeriesCodec {
    private ProgressSeriesCodec() {
    }

    public static JsonArray toJson(ProgressSeries series) {
        ExerciseKind kind = series.kind();
        boolean weightReps = kind == ExerciseKind.WEIGHT_REPS;
        JsonArray points = new JsonArray();
        for (KindProgressPoint point : series.points()) {
            JsonObject p = new JsonObject();
            p.put("startedAt", point.startedAt());
            p.put("topWeight", weightReps ? point.first() : 0.0);
            p.put("estimatedOneRepMax", weightReps ? point.second() : 0.0);
            p.put("kind", kind.wireName());
            p.put("value", point.first());
            p.put("unit", KindMeasures.unit(KindMeasures.primary(kind)));
            p.put("secondValue", point.second());
            p.put("secondUnit", secondUnit(kind));
            points.add(p);
        }
        return points;
    }

    public static String write(ProgressSeries series) {
        return Json.write(toJson(series));
    }

    public static ProgressSeries read(String text) {
        JsonArray rows = Json.parseArray(text);
        ExerciseKind kind = ExerciseKind.WEIGHT_REPS;
        List<KindProgressPoint> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonObject p = JsonFields.element(rows, i, "");
            String path = FieldPath.index("", i);
            ExerciseKind named = WorkoutReader.kind(p, "kind", path);
            if (i > 0 && named != kind) {
                throw refused(path, "kind", "every point of a series must have the kind of the first");
            }
            kind = named;
            expect(p, "unit", KindMeasures.unit(KindMeasures.primary(kind)), path);
            expect(p, "secondUnit", secondUnit(kind), path);
            JsonFields.number(p, "topWeight", path);
            JsonFields.number(p, "estimatedOneRepMax", path);
            points.add(new KindProgressPoint(JsonFields.longInteger(p, "startedAt", path),
                    JsonFields.number(p, "value", path), JsonFields.number(p, "secondValue", path)));
        }
        return new ProgressSeries(kind, points);
    }

    private static String secondUnit(ExerciseKind kind) {
        PersonalRecord.Kind second = KindMeasures.secondary(kind);
        return second == null ? "" : KindMeasures.unit(second);
    }

    private static void expect(JsonObject p, String key, String unit, String path) {
        if (!JsonFields.string(p, key, path).equals(unit)) {
            throw refused(path, key, key + " must be '" + unit + "' for this kind");
        }
    }

    private static ValidationException refused(String path, String key, String message) {
        return new ValidationException(new FieldError(JsonFields.at(path, key), message));
    }
}
