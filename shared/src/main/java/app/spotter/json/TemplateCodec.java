package app.spotter.json;

import static app.spotter.json.JsonFields.at;

import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.TemplateValidator;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The template document of the wire format (DESIGN.md), read and written the same way by client and server. */
public final class TemplateCodec {
    private TemplateCodec() {
    }

    public static String write(WorkoutTemplate template) {
        return Json.write(toJson(template));
    }

    public static String writeList(List<WorkoutTemplate> templates) {
        JsonArray array = new JsonArray();
        for (WorkoutTemplate template : templates) {
            array.add(toJson(template));
        }
        return Json.write(array);
    }

    /** Reads and validates one template; refuses bad input with every field error found. */
    public static WorkoutTemplate read(String text) {
        WorkoutTemplate template = fromJson(Json.parseObject(text), "");
        List<FieldError> errors = TemplateValidator.validate(template);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return template;
    }

    public static List<WorkoutTemplate> readList(String text) {
        JsonArray array = Json.parseArray(text);
        List<WorkoutTemplate> templates = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            templates.add(fromJson(JsonFields.element(array, i, ""), "[" + i + "]"));
        }
        return templates;
    }

    public static JsonObject toJson(WorkoutTemplate template) {
        JsonObject obj = new JsonObject();
        if (!template.id().isEmpty()) {
            obj.put("id", template.id());
        }
        obj.put("name", template.name());
        JsonArray exercises = new JsonArray();
        for (ExercisePlan exercise : template.exercises()) {
            JsonObject ex = new JsonObject();
            ex.put("name", exercise.name());
            ex.put("restSeconds", exercise.restSeconds());
            JsonArray sets = new JsonArray();
            for (SetTarget set : exercise.sets()) {
                JsonObject s = new JsonObject();
                s.put("reps", set.reps());
                s.put("weight", set.weight());
                sets.add(s);
            }
            ex.put("sets", sets);
            exercises.add(ex);
        }
        obj.put("exercises", exercises);
        return obj;
    }

    /** By shape only (fields and types); {@link #read} validates too. */
    public static WorkoutTemplate fromJson(JsonObject obj, String path) {
        String id = JsonFields.optionalString(obj, "id", path);
        String name = JsonFields.string(obj, "name", path);
        JsonArray exercisesJson = JsonFields.array(obj, "exercises", path);
        List<ExercisePlan> exercises = new ArrayList<>();
        for (int i = 0; i < exercisesJson.size(); i++) {
            String exPath = FieldPath.index(at(path, FieldPath.EXERCISES), i);
            JsonObject ex = JsonFields.element(exercisesJson, i, at(path, "exercises"));
            JsonArray setsJson = JsonFields.array(ex, "sets", exPath);
            List<SetTarget> sets = new ArrayList<>();
            for (int s = 0; s < setsJson.size(); s++) {
                String setPath = FieldPath.index(exPath + ".sets", s);
                JsonObject set = JsonFields.element(setsJson, s, exPath + ".sets");
                sets.add(new SetTarget(JsonFields.integer(set, "reps", setPath),
                        JsonFields.number(set, "weight", setPath)));
            }
            exercises.add(new ExercisePlan(JsonFields.string(ex, "name", exPath),
                    JsonFields.integer(ex, "restSeconds", exPath), sets));
        }
        return new WorkoutTemplate(id, name, exercises);
    }
}
