package app.spotter.workout;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Wire format 2 of a workout: drafts, deltas ({@code "partial": true}), finished workouts and the local copy
 * alike. Reading is strict: an unknown, missing or mistyped field is refused naming it, and the document is
 * then validated. Layout (README "Wire format 2"): the fixed header {@code schema, sessionId, templateId,
 * startedAt, created}; every item carries {@code id}, {@code created} (left out when it is the document's), all
 * its fields (items travel whole, in deltas too; only the session's own fields may be left out of a partial
 * document), and an {@code at} object with the stamp of each field written after creation. Exercises and sets
 * are listed once each, in id order. Stamps are text, {@code "<millis>.<counter>.<node>"};
 * weights kg, distances metres, durations seconds, times epoch ms in server time.
 */
public final class WorkoutCodec {
    private WorkoutCodec() {
    }

    public static String write(Workout workout) {
        return Json.write(toJson(workout));
    }

    public static JsonObject toJson(Workout workout) {
        return WorkoutWriter.toJson(workout);
    }

    public static String writeList(List<Workout> workouts) {
        JsonArray array = new JsonArray();
        for (Workout workout : workouts) {
            array.add(toJson(workout));
        }
        return Json.write(array);
    }

    /**
     * Reads and validates (limits only, no stamp bound): for a copy the other side wrote (an answer); rows this
     * side stored are read with {@link StoredDocuments}.
     */
    public static Workout read(String text) {
        return fromJson(Json.parseObject(text), 0);
    }

    /** Reads and validates, refusing stamps more than 24 h ahead of {@code serverNow}: for what a client sent. */
    public static Workout read(String text, long serverNow) {
        return fromJson(Json.parseObject(text), serverNow);
    }

    public static Workout fromJson(JsonObject obj, long serverNow) {
        Workout workout = WorkoutReader.fromJson(obj);
        List<FieldError> errors = WorkoutValidator.validate(workout, serverNow);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return workout;
    }

    public static List<Workout> readList(String text) {
        JsonArray array = Json.parseArray(text);
        List<Workout> workouts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject element = JsonFields.element(array, i, "");
            workouts.add(ExportCodecV2.within("[" + i + "]", () -> fromJson(element, 0)));
        }
        return workouts;
    }

    /** Refuses anything but a whole finished workout (what POST /api/workouts and an export carry). */
    public static Workout requireFinished(Workout workout) {
        if (workout.partial()) {
            throw new ValidationException(new FieldError("partial", "A logged workout must be the whole document"));
        }
        if (!workout.isFinished()) {
            throw new ValidationException(new FieldError("finishedAt", "A logged workout needs finishedAt"));
        }
        return workout;
    }
}
