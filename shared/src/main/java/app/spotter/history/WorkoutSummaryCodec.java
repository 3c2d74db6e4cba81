package app.spotter.history;

import app.spotter.json.Json;
import app.spotter.json.JsonFields;
import app.spotter.validation.FieldError;
import app.spotter.validation.FieldPath;
import app.spotter.validation.ValidationException;
import app.spotter.workout.WorkoutReader;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wire form of a {@link WorkoutSummary} ({@code GET /api/workouts/{id}/summary}): totals, {@code bestSets}
 * and {@code records}, each record with the {@code unit} of its value ({@link KindMeasures#unit}). The server writes
 * it, the client reads it strictly: a missing or renamed field, or an unknown kind, is an error, not a zero.
 */
public final class WorkoutSummaryCodec {
    private static final String BEST = "bestSets";
    private static final String RECORDS = "records";

    private WorkoutSummaryCodec() {
    }

    public static JsonObject toJson(WorkoutSummary summary) {
        JsonObject json = new JsonObject();
        json.put("durationSeconds", summary.durationSeconds());
        json.put("setsDone", summary.setsDone());
        json.put("setsPlanned", summary.setsPlanned());
        json.put("volumeKg", summary.volumeKg());
        JsonArray best = new JsonArray();
        for (BestSet set : summary.bestSets()) {
            JsonObject b = new JsonObject();
            b.put("exercise", set.exercise());
            b.put("kind", set.kind().wireName());
            b.put("reps", set.reps());
            b.put("weight", set.weight());
            b.put("estimatedOneRepMax", set.estimatedOneRepMax());
            b.put("durationSeconds", set.durationSeconds());
            b.put("distanceMeters", set.distanceMeters());
            best.add(b);
        }
        json.put(BEST, best);
        JsonArray records = new JsonArray();
        for (PersonalRecord record : summary.records()) {
            JsonObject r = new JsonObject();
            r.put("exercise", record.exercise());
            r.put("kind", record.kind().wireName());
            r.put("exerciseKind", record.exerciseKind().wireName());
            r.put("value", record.value());
            r.put("unit", KindMeasures.unit(record.kind()));
            r.put("previous", record.previous());
            r.put("reps", record.reps());
            r.put("weight", record.weight());
            r.put("durationSeconds", record.durationSeconds());
            r.put("distanceMeters", record.distanceMeters());
            records.add(r);
        }
        json.put(RECORDS, records);
        return json;
    }

    public static String write(WorkoutSummary summary) {
        return Json.write(toJson(summary));
    }

    public static WorkoutSummary read(String text) {
        JsonObject json = Json.parseObject(text);
        List<BestSet> best = new ArrayList<>();
        JsonArray bestJson = JsonFields.array(json, BEST, "");
        for (int i = 0; i < bestJson.size(); i++) {
            best.add(bestSet(JsonFields.element(bestJson, i, BEST), FieldPath.index(BEST, i)));
        }
        List<PersonalRecord> records = new ArrayList<>();
        JsonArray recordsJson = JsonFields.array(json, RECORDS, "");
        for (int i = 0; i < recordsJson.size(); i++) {
            records.add(record(JsonFields.element(recordsJson, i, RECORDS), FieldPath.index(RECORDS, i)));
        }
        return new WorkoutSummary(JsonFields.longInteger(json, "durationSeconds", ""),
                JsonFields.integer(json, "setsDone", ""), JsonFields.integer(json, "setsPlanned", ""),
                JsonFields.number(json, "volumeKg", ""), best, records);
    }

    private static BestSet bestSet(JsonObject b, String path) {
        return new BestSet(JsonFields.string(b, "exercise", path), JsonFields.integer(b, "reps", path),
                JsonFields.number(b, "weight", path), JsonFields.number(b, "estimatedOneRepMax", path),
                WorkoutReader.kind(b, "kind", path), JsonFields.integer(b, "durationSeconds", path),
                JsonFields.number(b, "distanceMeters", path));
    }

    private static PersonalRecord record(JsonObject r, String path) {
        PersonalRecord.Kind kind = PersonalRecord.Kind.fromWire(JsonFields.string(r, "kind", path));
        if (kind == null) {
            throw new ValidationException(new FieldError(JsonFields.at(path, "kind"), "kind is not a known record"));
        }
        if (!JsonFields.string(r, "unit", path).equals(KindMeasures.unit(kind))) {
            throw new ValidationException(new FieldError(JsonFields.at(path, "unit"),
                    "unit must be " + KindMeasures.unit(kind) + " for " + kind.wireName()));
        }
        return new PersonalRecord(JsonFields.string(r, "exercise", path), kind, JsonFields.number(r, "value", path),
                JsonFields.number(r, "previous", path), JsonFields.integer(r, "reps", path),
                JsonFields.number(r, "weight", path), WorkoutReader.kind(r, "exerciseKind", path),
                JsonFields.integer(r, "durationSeconds", path), JsonFields.number(r, "distanceMeters", path));
    }
}
