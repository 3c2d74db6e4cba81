package app.spotter.imports;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one wire form of an {@link ImportPreview}: the server writes it, the client reads it strictly (a missing or
 * renamed field is an error, not a zero).
 */
public final class ImportPreviewCodec {
    private ImportPreviewCodec() {
    }

    public static JsonObject toJson(ImportPreview preview) {
        JsonObject json = new JsonObject();
        json.put("workouts", preview.workouts());
        json.put("workoutsNew", preview.workoutsNew());
        json.put("firstStartedAt", preview.firstStartedAt());
        json.put("lastStartedAt", preview.lastStartedAt());
        JsonArray matched = new JsonArray();
        for (String name : preview.matchedNames()) {
            JsonObject one = new JsonObject();
            one.put("name", name);
            one.put("exercise", preview.matched().get(name));
            matched.add(one);
        }
        json.put("matched", matched);
        JsonArray created = new JsonArray();
        created.addAll(preview.created());
        json.put("created", created);
        json.put("skipped", SkippedRows.toJson(preview.skipped()));
        return json;
    }

    public static String write(ImportPreview preview) {
        return Json.write(toJson(preview));
    }

    public static ImportPreview read(String text) {
        JsonObject json = Json.parseObject(text);
        Map<String, String> matched = new LinkedHashMap<>();
        JsonArray matchedJson = JsonFields.array(json, "matched", "");
        for (int i = 0; i < matchedJson.size(); i++) {
            JsonObject one = JsonFields.element(matchedJson, i, "matched");
            String path = FieldPath.index("matched", i);
            matched.put(JsonFields.string(one, "name", path), JsonFields.string(one, "exercise", path));
        }
        List<String> created = JsonFields.texts(JsonFields.array(json, "created", ""), "created");
        return new ImportPreview(JsonFields.integer(json, "workouts", ""), JsonFields.integer(json, "workoutsNew", ""),
                JsonFields.longInteger(json, "firstStartedAt", ""), JsonFields.longInteger(json, "lastStartedAt", ""),
                matched, created, SkippedRows.fromJson(JsonFields.array(json, "skipped", "")));
    }
}
