package app.spotter.workout;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.json.TemplateCodec;
import com.grack.nanojson.JsonObject;

/**
 * Documents this side stored itself, or our server answered with from its own store (a logged workout, a session
 * draft, a template; schema 1 upgraded as
 * {@link SchemaOneUpgrade} does, or 2), read strictly by shape: a known schema, every field present with its type,
 * items once each in id order. Not against the input limits and rules ({@link WorkoutValidator},
 * {@link TemplateValidatorV2}): those were met when the row was written and may have tightened since, and a stored
 * workout must not start answering 400 because of that.
 */
public final class StoredDocuments {
    private StoredDocuments() {
    }

    public static Workout workout(String text) {
        return workout(Json.parseObject(text));
    }

    /** A workout document already parsed (e.g. the member of a wrapper the device stored). */
    public static Workout workout(JsonObject obj) {
        if (SchemaOneUpgrade.isSchemaOneSession(obj)) {
            return SchemaOneUpgrade.session(SessionCodec.fromStored(obj));
        }
        return WorkoutReader.fromJson(obj);
    }

    /** A template as stored; its id lives beside the document (empty when the body carries none). */
    public static Template template(String text) {
        JsonObject obj = Json.parseObject(text);
        if (SchemaOneUpgrade.isSchemaOneTemplate(obj)) {
            return SchemaOneUpgrade.template(TemplateCodec.fromJson(obj, ""));
        }
        return TemplateCodecV2.decode(obj, "");
    }
}
