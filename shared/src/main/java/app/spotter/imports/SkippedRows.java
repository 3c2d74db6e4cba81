package app.spotter.imports;

import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The wire form of the rows an import leaves out, {@code [{"line", "reason"}]}: in a preview and in a report. */
public final class SkippedRows {
    private SkippedRows() {
    }

    public static JsonArray toJson(List<SkippedRow> rows) {
        JsonArray json = new JsonArray();
        for (SkippedRow row : rows) {
            JsonObject one = new JsonObject();
            one.put("line", row.line());
            one.put("reason", row.reason());
            json.add(one);
        }
        return json;
    }

    public static List<SkippedRow> fromJson(JsonArray json) {
        List<SkippedRow> rows = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            JsonObject one = JsonFields.element(json, i, "skipped");
            String path = FieldPath.index("skipped", i);
            rows.add(new SkippedRow(JsonFields.integer(one, "line", path), JsonFields.string(one, "reason", path)));
        }
        return rows;
    }
}
