package app.spotter.imports;

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
 * The one wire form of an {@link ImportReport}: the server writes it, the client reads it strictly (a missing or
 * renamed count is an error, not a zero). {@code skippedRows} is the number of {@code skipped} rows, kept for
 * scripts that read only the counts.
 */
public final class ImportReportCodec {
    private ImportReportCodec() {
    }

    public static JsonObject toJson(ImportReport report) {
        JsonObject json = new JsonObject();
        json.put("templatesAdded", report.templatesAdded());
        json.put("templatesUpdated", report.templatesUpdated());
        json.put("workoutsAdded", report.workoutsAdded());
        json.put("workoutsAlreadyThere", report.workoutsAlreadyThere());
        json.put("skippedRows", report.skipped().size());
        json.put("skipped", SkippedRows.toJson(report.skipped()));
        JsonArray created = new JsonArray();
        created.addAll(report.created());
        json.put("created", created);
        return json;
    }

    public static String write(ImportReport report) {
        return Json.write(toJson(report));
    }

    public static ImportReport read(String text) {
        JsonObject json = Json.parseObject(text);
        ImportReport report = new ImportReport(JsonFields.integer(json, "templatesAdded", ""),
                JsonFields.integer(json, "templatesUpdated", ""), JsonFields.integer(json, "workoutsAdded", ""),
                JsonFields.integer(json, "workoutsAlreadyThere", ""),
                SkippedRows.fromJson(JsonFields.array(json, "skipped", "")), created(json));
        if (JsonFields.integer(json, "skippedRows", "") != report.skipped().size()) {
            throw new ValidationException(new FieldError("skippedRows", "skippedRows must count the skipped rows"));
        }
        return report;
    }

    private static List<String> created(JsonObject json) {
        JsonArray array = JsonFields.array(json, "created", "");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String)) {
                throw new ValidationException(new FieldError(FieldPath.index("created", i), "must be text"));
            }
            names.add((String) array.get(i));
        }
        return names;
    }
}
