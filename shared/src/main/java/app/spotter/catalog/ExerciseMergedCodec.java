package app.spotter.catalog;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import com.grack.nanojson.JsonObject;

/**
 * The one wire form of the answer to {@code POST /api/exercises/merge}, {@code {"into", "workouts"}}: the server
 * writes it, the client reads it strictly (a missing or renamed field is an error).
 */
public final class ExerciseMergedCodec {
    private ExerciseMergedCodec() {
    }

    public static JsonObject toJson(ExerciseMerged merged) {
        JsonObject json = new JsonObject();
        json.put("into", merged.into());
        json.put("workouts", merged.workouts());
        return json;
    }

    public static String write(ExerciseMerged merged) {
        return Json.write(toJson(merged));
    }

    public static ExerciseMerged read(String text) {
        JsonObject json = Json.parseObject(text);
        return new ExerciseMerged(JsonFields.string(json, "into", ""), JsonFields.integer(json, "workouts", ""));
    }
}
