package app.spotter.workout;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonObject;

/**
 * The one wire form of the session draft's answers: a sync's 200 {@code {"revision", "serverTime", "draft"?}} (the
 * whole merged document only when the device had not merged every revision) and a discard's 200
 * {@code {"sessionId", "reason"}}; and what a 409 adds to its error body when another session is active,
 * {@code {"draft"}} (that session's document). The server writes them, the client reads them strictly: a missing or broken
 * revision is an error, never revision 0.
 */
public final class DraftAnswerCodec {
    private DraftAnswerCodec() {
    }

    /** A sync the server took: its revision now, its clock, and the merged draft or null. */
    public record Saved(long revision, long serverTime, Workout draft) {
    }

    /** A draft the server let go of, and why ({@code "discarded"}). */
    public record Discarded(String sessionId, String reason) {
    }

    public static String write(Saved saved) {
        return write(saved.revision(), saved.serverTime(),
                saved.draft() == null ? null : WorkoutCodec.write(saved.draft()));
    }

    /**
     * As {@link #write(Saved)}, the draft given as its {@link WorkoutCodec#write} text or null: the server has that
     * text at hand when it has just stored it, and writing the document again was a seventh of a sync's time.
     */
    public static String write(long revision, long serverTime, String draftJson) {
        JsonObject body = new JsonObject();
        body.put("revision", revision);
        body.put("serverTime", serverTime);
        String members = Json.write(body);
        if (draftJson == null) {
            return members;
        }
        // The draft is the last member: the text as the tree would write it, the object's closing brace after it.
        return members.substring(0, members.length() - 1) + ",\"draft\":" + draftJson + "}";
    }

    /** A sync's answer; {@code serverNow} as for {@link WorkoutCodec#fromJson}. */
    public static Saved readSaved(String text, long serverNow) {
        JsonObject body = Json.parseObject(text);
        long revision = JsonFields.longInteger(body, "revision", "");
        if (revision < 0) {
            throw new ValidationException(new FieldError("revision", "revision must be 0 or more"));
        }
        Workout draft = body.get("draft") == null ? null
                : WorkoutCodec.fromJson(JsonFields.object(body, "draft", ""), serverNow);
        return new Saved(revision, JsonFields.longInteger(body, "serverTime", ""), draft);
    }

    public static String write(Discarded discarded) {
        JsonObject body = new JsonObject();
        body.put("sessionId", discarded.sessionId());
        body.put("reason", discarded.reason());
        return Json.write(body);
    }

    public static Discarded readDiscarded(String text) {
        JsonObject body = Json.parseObject(text);
        return new Discarded(JsonFields.string(body, "sessionId", ""), JsonFields.string(body, "reason", ""));
    }

    /** The members a 409 adds to its error body: the session active instead of the one sent. */
    public static JsonObject otherSession(Workout active) {
        JsonObject members = new JsonObject();
        members.put("draft", WorkoutCodec.toJson(active));
        return members;
    }

    public static Workout readOtherSession(String text, long serverNow) {
        return WorkoutCodec.fromJson(JsonFields.object(Json.parseObject(text), "draft", ""), serverNow);
    }
}
