package app.spotter.client.history;

import static app.spotter.client.api.ApiCall.answer;

import app.spotter.client.api.ApiCall.Callback;
import app.spotter.client.platform.HttpClient;
import app.spotter.client.ui.Plural;
import app.spotter.history.WeightUnit;
import app.spotter.json.Json;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;

/**
 * Sends a chosen file to the server: our JSON export as it is, a Hevy CSV (its header names its units), or a
 * Strong CSV with the unit its weights are in.
 */
public final class Imports {
    private static final int SKIPPED_LISTED = 10;
    private final HttpClient http;

    public Imports(HttpClient http) {
        this.http = http;
    }

    /** Our export is a JSON document; anything else is taken for a Strong CSV. */
    public static boolean isJsonExport(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\ufeff') {
                return c == '{';
            }
        }
        return false;
    }

    /** Hevy's export is the only one whose header has an {@code exercise_title} column. */
    public static boolean isHevyCsv(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).contains("exercise_title");
    }

    public void importJson(String text, Callback<String> callback) {
        http.send("POST", "/api/import", text, response -> answer(response, callback, Imports::outcome));
    }

    public void importStrong(String csv, WeightUnit unit, int utcOffsetMinutes, Callback<String> callback) {
        JsonObject body = new JsonObject();
        body.put("csv", csv);
        body.put("unit", unit.label());
        body.put("utcOffsetMinutes", utcOffsetMinutes);
        http.send("POST", "/api/import/strong", Json.write(body),
                response -> answer(response, callback, Imports::outcome));
    }

    public void importHevy(String csv, int utcOffsetMinutes, Callback<String> callback) {
        JsonObject body = new JsonObject();
        body.put("csv", csv);
        body.put("utcOffsetMinutes", utcOffsetMinutes);
        http.send("POST", "/api/import/hevy", Json.write(body),
                response -> answer(response, callback, Imports::outcome));
    }

    /** The server's counts in a sentence, then each row left out with its line and reason (the first ten). */
    static String outcome(String body) {
        JsonObject counts = Json.parseObject(body);
        StringBuilder text = new StringBuilder("Imported: "
                + Plural.of(counts.getInt("workoutsAdded", 0), "workout") + " added, "
                + counts.getInt("workoutsAlreadyThere", 0) + " already there, "
                + Plural.of(counts.getInt("templatesAdded", 0), "template") + " added, "
                + counts.getInt("templatesUpdated", 0) + " updated, "
                + Plural.of(counts.getInt("skippedRows", 0), "row") + " skipped.");
        JsonArray skipped = counts.getArray("skipped");
        int listed = skipped == null ? 0 : Math.min(SKIPPED_LISTED, skipped.size());
        for (int i = 0; i < listed; i++) {
            JsonObject row = skipped.getObject(i);
            text.append(" Line ").append(row.getInt("line", 0)).append(": ").append(row.getString("reason", ""))
                    .append('.');
        }
        if (skipped != null && skipped.size() > listed) {
            text.append(" And ").append(skipped.size() - listed).append(" more.");
        }
        return text.toString();
    }
}
