package app.spotter.catalog;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wire form of a {@link CustomExercise}: {@code {"id", "name", "kind", "muscle", "equipment",
 * "createdAt"}}. The server writes it and the client reads it strictly; a new exercise is sent without id and
 * creation time ({@link #readNew}).
 */
public final class CustomExerciseCodec {
    private CustomExerciseCodec() {
    }

    public static JsonObject toJson(CustomExercise exercise) {
        JsonObject json = fields(exercise);
        json.put("id", exercise.id());
        json.put("createdAt", exercise.createdAt());
        return json;
    }

    /** What the client sends to add or edit one: the fields a user chooses. */
    public static String writeNew(CustomExercise exercise) {
        return Json.write(fields(exercise));
    }

    public static String write(CustomExercise exercise) {
        return Json.write(toJson(exercise));
    }

    public static String writeList(List<CustomExercise> exercises) {
        JsonArray array = new JsonArray();
        for (CustomExercise e : exercises) {
            array.add(toJson(e));
        }
        return Json.write(array);
    }

    public static CustomExercise read(String text) {
        return fromJson(Json.parseObject(text), "");
    }

    public static List<CustomExercise> readList(String text) {
        JsonArray array = Json.parseArray(text);
        List<CustomExercise> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(fromJson(JsonFields.element(array, i, ""), FieldPath.index("", i)));
        }
        return out;
    }

    /** A new or edited exercise as sent by a client: name, kind, muscle and equipment; id and time left empty. */
    public static CustomExercise readNew(String text) {
        JsonObject json = Json.parseObject(text);
        return new CustomExercise("", JsonFields.string(json, "name", ""), JsonFields.string(json, "kind", ""),
                JsonFields.optionalString(json, "muscle", ""), JsonFields.optionalString(json, "equipment", ""), 0);
    }

    private static CustomExercise fromJson(JsonObject json, String path) {
        return new CustomExercise(JsonFields.string(json, "id", path), JsonFields.string(json, "name", path),
                JsonFields.string(json, "kind", path), JsonFields.string(json, "muscle", path),
                JsonFields.string(json, "equipment", path), JsonFields.longInteger(json, "createdAt", path));
    }

    private static JsonObject fields(CustomExercise exercise) {
        JsonObject json = new JsonObject();
        json.put("name", exercise.name());
        json.put("kind", exercise.kind());
        json.put("muscle", exercise.muscle());
        json.put("equipment", exercise.equipment());
        return json;
    }
}
