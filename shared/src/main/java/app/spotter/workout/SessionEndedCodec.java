package app.spotter.workout;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import com.grack.nanojson.JsonObject;

/**
 * The members a 410 adds to its error body when the session a request names has ended: {@code {"reason":
 * "deleted"|"discarded"}} for one that only {@code ?restore=true} brings back, {@code {"workout"}} (the logged copy)
 * for one already logged, neither when that copy is gone too. The server writes them, the client reads them: each
 * member may be missing, but one that is there must be what it says.
 */
public final class SessionEndedCodec {
    private SessionEndedCodec() {
    }

    /** Why the session ended ("" when the answer does not say), and its logged copy or null. */
    public record Ended(String reason, Workout logged) {
        public Ended {
            reason = reason == null ? "" : reason;
        }

        public static Ended because(String reason) {
            return new Ended(reason, null);
        }

        public static Ended loggedAs(Workout logged) {
            return new Ended("", logged);
        }
    }

    public static JsonObject members(Ended ended) {
        JsonObject members = new JsonObject();
        if (!ended.reason().isEmpty()) {
            members.put("reason", ended.reason());
        }
        if (ended.logged() != null) {
            members.put("workout", WorkoutCodec.toJson(ended.logged()));
        }
        return members;
    }

    /** A 410's body; {@code serverNow} as for {@link WorkoutCodec#fromJson}. */
    public static Ended read(String text, long serverNow) {
        JsonObject body = Json.parseObject(text);
        Workout logged = body.get("workout") == null ? null
                : WorkoutCodec.fromJson(JsonFields.object(body, "workout", ""), serverNow);
        return new Ended(JsonFields.optionalString(body, "reason", ""), logged);
    }
}
