package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import com.grack.nanojson.JsonArray;
import java.util.List;

/** The one wire form of the names of the exercises a user has logged ({@code GET /api/exercises}): a list of texts. */
public final class ExerciseNamesCodec {
    private ExerciseNamesCodec() {
    }

    public static JsonArray toJson(List<String> names) {
        JsonArray json = new JsonArray();
        json.addAll(names);
        return json;
    }

    public static String write(List<String> names) {
        return Json.write(toJson(names));
    }

    public static List<String> read(String text) {
        return JsonFields.texts(Json.parseArray(text), "");
    }
}
