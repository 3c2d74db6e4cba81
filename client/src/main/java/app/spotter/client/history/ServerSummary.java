package app.spotter.client.history;

import app.spotter.json.Json;
import app.spotter.workout.ExerciseKind;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The server's summary of a logged workout ({@code GET /api/workouts/{id}/summary}): totals, best sets, records. */
public record ServerSummary(long durationSeconds, int setsDone, int setsPlanned, double volumeKg, List<Best> bestSets,
                            List<Record> records) {

    /** An exercise's best set of the workout, with the fields of its kind (0 where it takes none). */
    public record Best(String exercise, int reps, double weight, double estimatedOneRepMax, ExerciseKind kind,
                       int durationSeconds, double distanceMeters) {
    }

    /**
     * A personal record set in the workout: {@code kind} is the record's wire name ("longest_hold"), {@code unit}
     * that of its value ("kg", "reps", "s", "m", "s/km"), and the set that did it.
     */
    public record Record(String exercise, String kind, double value, double previous, int reps, double weight,
                         ExerciseKind exerciseKind, String unit, int durationSeconds, double distanceMeters) {
    }

    public static ServerSummary read(String text) {
        JsonObject json = Json.parseObject(text);
        List<Best> best = new ArrayList<>();
        JsonArray bestJson = json.getArray("bestSets");
        for (int i = 0; bestJson != null && i < bestJson.size(); i++) {
            JsonObject b = bestJson.getObject(i);
            best.add(new Best(b.getString("exercise", ""), b.getInt("reps", 0), b.getDouble("weight", 0),
                    b.getDouble("estimatedOneRepMax", 0), kind(b, "kind"), b.getInt("durationSeconds", 0),
                    b.getDouble("distanceMeters", 0)));
        }
        List<Record> records = new ArrayList<>();
        JsonArray recordsJson = json.getArray("records");
        for (int i = 0; recordsJson != null && i < recordsJson.size(); i++) {
            JsonObject r = recordsJson.getObject(i);
            records.add(new Record(r.getString("exercise", ""), r.getString("kind", ""), r.getDouble("value", 0),
                    r.getDouble("previous", 0), r.getInt("reps", 0), r.getDouble("weight", 0),
                    kind(r, "exerciseKind"), r.getString("unit", "kg"), r.getInt("durationSeconds", 0),
                    r.getDouble("distanceMeters", 0)));
        }
        return new ServerSummary(json.getLong("durationSeconds", 0), json.getInt("setsDone", 0),
                json.getInt("setsPlanned", 0), json.getDouble("volumeKg", 0), best, records);
    }

    /** An exercise kind by wire name; a server that names none (or one this client does not know) means kg x reps. */
    private static ExerciseKind kind(JsonObject json, String key) {
        ExerciseKind kind = ExerciseKind.fromWire(json.getString(key, ""));
        return kind == null ? ExerciseKind.WEIGHT_REPS : kind;
    }

    /** The records of one exercise. */
    public List<Record> recordsOf(String exercise) {
        List<Record> of = new ArrayList<>();
        for (Record record : records) {
            if (record.exercise().equals(exercise)) {
                of.add(record);
            }
        }
        return of;
    }
}
