package app.spotter.client.history;

import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import com.grack.nanojson.JsonObject;

/**
 * A file picked for import and what the server needs to read it: our JSON export as it is, or a CSV with the
 * user's time zone (and, for Strong, the unit its weights are in; Hevy's header names its own).
 */
record ChosenFile(Kind kind, String text, WeightUnit unit, int utcOffsetMinutes) {
    enum Kind {
        SPOTTER_JSON("/api/import"), STRONG_CSV("/api/import/strong"), HEVY_CSV("/api/import/hevy");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    /** Our export is a JSON document; a CSV whose header has {@code exercise_title} is Hevy's; the rest Strong's. */
    static Kind kindOf(String text) {
        if (Imports.isJsonExport(text)) {
            return Kind.SPOTTER_JSON;
        }
        return Imports.isHevyCsv(text) ? Kind.HEVY_CSV : Kind.STRONG_CSV;
    }

    String importPath() {
        return kind.path;
    }

    String previewPath() {
        return kind.path + "/preview";
    }

    String body() {
        if (kind == Kind.SPOTTER_JSON) {
            return text;
        }
        JsonObject body = new JsonObject();
        body.put("csv", text);
        if (kind == Kind.STRONG_CSV) {
            body.put("unit", unit.label());
        }
        body.put("utcOffsetMinutes", utcOffsetMinutes);
        return Json.write(body);
    }
}
