package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldPath;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The one wire form of the weekly volume, {@code [{"weekStart", "volumeKg"}]}, oldest week first; read strictly. */
public final class WeeklyVolumeCodec {
    private WeeklyVolumeCodec() {
    }

    public static JsonArray toJson(List<WeekVolume> weeks) {
        JsonArray json = new JsonArray();
        for (WeekVolume week : weeks) {
            JsonObject w = new JsonObject();
            w.put("weekStart", week.weekStart());
            w.put("volumeKg", week.volumeKg());
            json.add(w);
        }
        return json;
    }

    public static String write(List<WeekVolume> weeks) {
        return Json.write(toJson(weeks));
    }

    public static List<WeekVolume> read(String text) {
        JsonArray json = Json.parseArray(text);
        List<WeekVolume> weeks = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            JsonObject w = JsonFields.element(json, i, "");
            String path = FieldPath.index("", i);
            weeks.add(new WeekVolume(JsonFields.longInteger(w, "weekStart", path),
                    JsonFields.number(w, "volumeKg", path)));
        }
        return weeks;
    }
}
