package app.spotter.workout;

import static app.spotter.json.JsonFields.at;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Templates in wire format 2: {@code {"schema": 2, "id", "name", "note", "exercises": [{"name", "kind",
 * "restSeconds", "restMaxSeconds"?, "note", "supersetGroup", "sets": [{"type", "targets": {fields of the kind}}]}]}}.
 * Strict like {@link WorkoutCodec}; {@code restMaxSeconds} (a rest window's longest time) is optional and left out
 * when the rest is a single value. A schema-1 template (no {@code schema} field) goes through
 * {@link SchemaOneUpgrade}.
 */
public final class TemplateCodecV2 {
    public static final int SCHEMA = 2;

    private TemplateCodecV2() {
    }

    public static String write(Template template) {
        return Json.write(toJson(template));
    }

    public static String writeList(List<Template> templates) {
        JsonArray array = new JsonArray();
        for (Template template : templates) {
            array.add(toJson(template));
        }
        return Json.write(array);
    }

    public static JsonObject toJson(Template template) {
        JsonObject obj = new JsonObject();
        obj.put("schema", SCHEMA);
        if (!template.id().isEmpty()) {
            obj.put("id", template.id());
        }
        obj.put("name", template.name());
        obj.put("note", template.note());
        JsonArray exercises = new JsonArray();
        for (TemplateExercise e : template.exercises()) {
            JsonObject ex = new JsonObject();
            ex.put("name", e.name());
            ex.put("kind", e.kind().wireName());
            ex.put("restSeconds", e.restSeconds());
            if (e.restMaxSeconds() != 0) {
                ex.put("restMaxSeconds", e.restMaxSeconds());
            }
            ex.put("note", e.note());
            ex.put("supersetGroup", e.supersetGroup());
            JsonArray sets = new JsonArray();
            for (TemplateSet set : e.sets()) {
                JsonObject s = new JsonObject();
                s.put("type", set.type().wireName());
                s.put("targets", WorkoutWriter.targets(set.targets(), e.kind()));
                sets.add(s);
            }
            ex.put("sets", sets);
            exercises.add(ex);
        }
        obj.put("exercises", exercises);
        return obj;
    }

    /** Reads and validates one template; refuses bad input with every field error found. */
    public static Template read(String text) {
        return fromJson(Json.parseObject(text), "");
    }

    public static Template fromJson(JsonObject obj, String path) {
        Template template = decode(obj, path);
        List<FieldError> errors = TemplateValidatorV2.validate(template, path);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return template;
    }

    public static List<Template> readList(String text) {
        JsonArray array = Json.parseArray(text);
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            templates.add(fromJson(JsonFields.element(array, i, ""), "[" + i + "]"));
        }
        return templates;
    }

    /** By shape only (fields, types, schema), without {@link TemplateValidatorV2}: see {@link StoredDocuments}. */
    static Template decode(JsonObject obj, String path) {
        int schema = JsonFields.integer(obj, "schema", path);
        if (schema != SCHEMA) {
            throw WireFields.error(at(path, "schema"), "template schema " + schema + " is not read here");
        }
        WireFields.requireOnly(obj, path, "schema", "id", "name", "note", "exercises");
        JsonArray list = JsonFields.array(obj, "exercises", path);
        List<TemplateExercise> exercises = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String exPath = FieldPath.index(at(path, FieldPath.EXERCISES), i);
            JsonObject ex = JsonFields.element(list, i, at(path, "exercises"));
            WireFields.requireOnly(ex, exPath, "name", "kind", "restSeconds", "restMaxSeconds", "note",
                    "supersetGroup", "sets");
            ExerciseKind kind = WorkoutReader.kind(ex, exPath);
            JsonArray setList = JsonFields.array(ex, "sets", exPath);
            List<TemplateSet> sets = new ArrayList<>();
            for (int j = 0; j < setList.size(); j++) {
                String setPath = FieldPath.index(exPath + ".sets", j);
                JsonObject set = JsonFields.element(setList, j, exPath + ".sets");
                WireFields.requireOnly(set, setPath, "type", "targets");
                sets.add(new TemplateSet(WorkoutReader.setType(set, "type", setPath), WorkoutReader.targets(
                        JsonFields.object(set, "targets", setPath), at(setPath, "targets"), kind)));
            }
            exercises.add(new TemplateExercise(JsonFields.string(ex, "name", exPath), kind,
                    JsonFields.integer(ex, "restSeconds", exPath), ex.containsKey("restMaxSeconds")
                            ? JsonFields.integer(ex, "restMaxSeconds", exPath) : 0,
                    JsonFields.string(ex, "note", exPath),
                    JsonFields.string(ex, "supersetGroup", exPath), sets));
        }
        return new Template(JsonFields.optionalString(obj, "id", path), JsonFields.string(obj, "name", path),
                JsonFields.string(obj, "note", path), exercises);
    }
}
