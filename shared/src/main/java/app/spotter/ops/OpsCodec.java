package app.spotter.ops;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import com.grack.nanojson.JsonObject;

/**
 * The one wire form of the answers for whoever runs the server: {@code /api/health} {@code {"status"}} and
 * {@code /api/ready} {@code {"ready", "schemaVersion"?, "problem"?, "error"?}} (the version left out when the
 * database did not answer; problem and error only when not ready). The server writes them, a reader takes them
 * strictly: a missing or renamed field is an error, not a default.
 */
public final class OpsCodec {
    private OpsCodec() {
    }

    public static JsonObject toJson(HealthAnswer answer) {
        JsonObject json = new JsonObject();
        json.put("status", answer.status());
        return json;
    }

    public static HealthAnswer readHealth(String text) {
        return new HealthAnswer(JsonFields.string(Json.parseObject(text), "status", ""));
    }

    public static JsonObject toJson(ReadyAnswer answer) {
        JsonObject json = new JsonObject();
        json.put("ready", answer.ready());
        if (answer.knowsVersion()) {
            json.put("schemaVersion", answer.schemaVersion());
        }
        if (!answer.ready()) {
            json.put("problem", answer.problem());
            json.put("error", answer.error());
        }
        return json;
    }

    /** A ready answer needs its schema version; a not-ready one its problem and error. */
    public static ReadyAnswer readReady(String text) {
        JsonObject json = Json.parseObject(text);
        if (JsonFields.bool(json, "ready", "")) {
            return ReadyAnswer.ready(JsonFields.integer(json, "schemaVersion", ""));
        }
        int version = json.get("schemaVersion") == null ? ReadyAnswer.VERSION_UNKNOWN
                : JsonFields.integer(json, "schemaVersion", "");
        return ReadyAnswer.notReady(JsonFields.string(json, "problem", ""), JsonFields.string(json, "error", ""),
                version);
    }
}
