package app.spotter.json;

import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** All of a user's data as one JSON document, in the wire format: what export writes and import reads back. */
public final class ExportCodec {
    public static final String FORMAT = "spotter-export";
    public static final int VERSION = 1;

    private ExportCodec() {
    }

    /** A user's templates and logged workouts. */
    public record Export(long exportedAt, List<WorkoutTemplate> templates, List<WorkoutSession> workouts) {
    }

    public static String write(Export export) {
        JsonObject doc = new JsonObject();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("exportedAt", export.exportedAt());
        JsonArray templates = new JsonArray();
        export.templates().forEach(t -> templates.add(TemplateCodec.toJson(t)));
        doc.put("templates", templates);
        JsonArray workouts = new JsonArray();
        export.workouts().forEach(w -> workouts.add(SessionCodec.toJson(w)));
        doc.put("workouts", workouts);
        return Json.write(doc);
    }

    /** Reads an export; any invalid template or workout refuses the whole document, naming it. */
    public static Export read(String text) {
        JsonObject doc = Json.parseObject(text);
        if (!FORMAT.equals(doc.get("format"))) {
            throw new ValidationException(new FieldError("format", "This is not a Spotter export file"));
        }
        int version = JsonFields.integer(doc, "version", "");
        if (version != VERSION) {
            throw new ValidationException(new FieldError("version", "Export version " + version
                    + " is not supported (this version reads " + VERSION + ")"));
        }
        JsonArray templatesJson = JsonFields.array(doc, "templates", "");
        List<WorkoutTemplate> templates = new ArrayList<>();
        for (int i = 0; i < templatesJson.size(); i++) {
            JsonObject t = JsonFields.element(templatesJson, i, "templates");
            templates.add(within("templates[" + i + "]", () -> TemplateCodec.read(Json.write(t))));
        }
        JsonArray workoutsJson = JsonFields.array(doc, "workouts", "");
        List<WorkoutSession> workouts = new ArrayList<>();
        for (int i = 0; i < workoutsJson.size(); i++) {
            JsonObject w = JsonFields.element(workoutsJson, i, "workouts");
            WorkoutSession workout = within("workouts[" + i + "]", () -> SessionCodec.fromJson(w));
            if (!workout.isFinished()) {
                throw new ValidationException(new FieldError("workouts[" + i + "].finishedAt",
                        "workouts[" + i + "]: a logged workout needs finishedAt"));
            }
            workouts.add(workout);
        }
        return new Export(JsonFields.optionalLong(doc, "exportedAt", ""), templates, workouts);
    }

    private interface Reader<T> {
        T read();
    }

    private static <T> T within(String where, Reader<T> reader) {
        try {
            return reader.read();
        } catch (ValidationException e) {
            FieldError first = e.first();
            String field = first.field().isEmpty() ? where : where + "." + first.field();
            throw new ValidationException(new FieldError(field, where + ": " + first.message()));
        }
    }
}
