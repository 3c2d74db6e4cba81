package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wire form of a page of the history list, {@code [{"id", "name", "startedAt", "durationSeconds",
 * "setsDone", "volumeKg"}]}: the server writes it, the client reads it strictly (a missing field is an error).
 */
public final class HistoryPageCodec {
    private HistoryPageCodec() {
    }

    public static JsonArray toJson(List<HistoryLine> lines) {
        JsonArray page = new JsonArray();
        for (HistoryLine line : lines) {
            JsonObject json = new JsonObject();
            json.put("id", line.id());
            json.put("name", line.name());
            json.put("startedAt", line.startedAt());
            json.put("durationSeconds", line.durationSeconds());
            json.put("setsDone", line.setsDone());
            json.put("volumeKg", line.volumeKg());
            page.add(json);
        }
        return page;
    }

    public static String write(List<HistoryLine> lines) {
        return Json.write(toJson(lines));
    }

    public static List<HistoryLine> read(String text) {
        JsonArray page = Json.parseArray(text);
        List<HistoryLine> lines = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            JsonObject json = JsonFields.element(page, i, "");
            String path = FieldPath.index("", i);
            lines.add(new HistoryLine(JsonFields.string(json, "id", path), JsonFields.string(json, "name", path),
                    JsonFields.longInteger(json, "startedAt", path),
                    JsonFields.longInteger(json, "durationSeconds", path), JsonFields.integer(json, "setsDone", path),
                    JsonFields.number(json, "volumeKg", path)));
        }
        return lines;
    }
}
