package app.spotter.workout;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * All of a user's data as one JSON document, version 2: {@code {"format": "spotter-export", "version": 2,
 * "exportedAt", "templates": [template v2], "workouts": [finished workout v2]}}. Version 1 files are upgraded on
 * read ({@link SchemaOneUpgrade}).
 */
public final class ExportCodecV2 {
    public static final int VERSION = 2;

    private ExportCodecV2() {
    }

    /** A user's templates and logged workouts. */
    public record Export(long exportedAt, List<Template> templates, List<Workout> workouts) {
        public Export {
            templates = List.copyOf(templates);
            workouts = List.copyOf(workouts);
        }
    }

    public static String write(Export export) {
        JsonObject doc = new JsonObject();
        doc.put("format", ExportCodec.FORMAT);
        doc.put("version", VERSION);
        doc.put("exportedAt", export.exportedAt());
        JsonArray templates = new JsonArray();
        export.templates().forEach(t -> templates.add(TemplateCodecV2.toJson(t)));
        doc.put("templates", templates);
        JsonArray workouts = new JsonArray();
        export.workouts().forEach(w -> workouts.add(WorkoutCodec.toJson(w)));
        doc.put("workouts", workouts);
        return Json.write(doc);
    }

    /** Reads an export of version 2, or upgrades one of version 1; any invalid item refuses the whole file. */
    public static Export read(String text) {
        JsonObject doc = Json.parseObject(text);
        if (!ExportCodec.FORMAT.equals(doc.get("format"))) {
            throw new ValidationException(new FieldError("format", "This is not a Spotter export file"));
        }
        int version = JsonFields.integer(doc, "version", "");
        if (version == ExportCodec.VERSION) {
            return SchemaOneUpgrade.export(ExportCodec.read(text));
        }
        if (version != VERSION) {
            throw new ValidationException(new FieldError("version", "Export version " + version
                    + " is not supported (this version reads 1 and " + VERSION + ")"));
        }
        WireFields.requireOnly(doc, "", "format", "version", "exportedAt", "templates", "workouts");
        JsonArray templatesJson = JsonFields.array(doc, "templates", "");
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < templatesJson.size(); i++) {
            JsonObject t = JsonFields.element(templatesJson, i, "templates");
            templates.add(within("templates[" + i + "]", () -> TemplateCodecV2.fromJson(t, "")));
        }
        JsonArray workoutsJson = JsonFields.array(doc, "workouts", "");
        List<Workout> workouts = new ArrayList<>();
        for (int i = 0; i < workoutsJson.size(); i++) {
            JsonObject w = JsonFields.element(workoutsJson, i, "workouts");
            workouts.add(within("workouts[" + i + "]",
                    () -> WorkoutCodec.requireFinished(WorkoutCodec.fromJson(w, 0))));
        }
        return new Export(JsonFields.longInteger(doc, "exportedAt", ""), templates, workouts);
    }

    interface Reader<T> {
        T read();
    }

    /** Runs a read of one item, prefixing the fields of its errors with where the item is. */
    static <T> T within(String where, Reader<T> reader) {
        try {
            return reader.read();
        } catch (ValidationException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                String field = error.field().isEmpty() ? where : where + "." + error.field();
                errors.add(new FieldError(field, where + ": " + error.message()));
            }
            throw new ValidationException(errors);
        }
    }
}
