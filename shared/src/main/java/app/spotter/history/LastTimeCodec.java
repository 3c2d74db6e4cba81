package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import app.spotter.workout.WorkoutReader;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one wire form of last time, {@code {"<exercise>": [{"reps", "weight", "kind", "type", "durationSeconds",
 * "distanceMeters", "rpe"}]}} (an empty list for an exercise never done): the server writes it, the client reads
 * it strictly (kind and type must be known wire names).
 */
public final class LastTimeCodec {
    private LastTimeCodec() {
    }

    public static JsonObject toJson(Map<String, List<PastSet>> byExercise) {
        JsonObject json = new JsonObject();
        byExercise.forEach((exercise, sets) -> {
            JsonArray list = new JsonArray();
            for (PastSet set : sets) {
                JsonObject s = new JsonObject();
                s.put("reps", set.reps());
                s.put("weight", set.weight());
                s.put("kind", set.kind());
                s.put("type", set.type());
                s.put("durationSeconds", set.durationSeconds());
                s.put("distanceMeters", set.distanceMeters());
                s.put("rpe", set.rpe());
                list.add(s);
            }
            json.put(exercise, list);
        });
        return json;
    }

    public static String write(Map<String, List<PastSet>> byExercise) {
        return Json.write(toJson(byExercise));
    }

    public static Map<String, List<PastSet>> read(String text) {
        JsonObject json = Json.parseObject(text);
        Map<String, List<PastSet>> byExercise = new LinkedHashMap<>();
        for (String exercise : json.keySet()) {
            JsonArray list = JsonFields.array(json, exercise, "");
            List<PastSet> sets = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonObject s = JsonFields.element(list, i, exercise);
                String path = FieldPath.index(exercise, i);
                sets.add(new PastSet(WorkoutReader.kind(s, "kind", path).wireName(),
                        WorkoutReader.setType(s, "type", path).wireName(),
                        JsonFields.integer(s, "reps", path), JsonFields.number(s, "weight", path),
                        JsonFields.integer(s, "durationSeconds", path), JsonFields.number(s, "distanceMeters", path),
                        JsonFields.number(s, "rpe", path)));
            }
            byExercise.put(exercise, sets);
        }
        return byExercise;
    }
}
