package app.spotter.workout;

import app.spotter.json.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a workout exactly as {@link WorkoutCodec#write} does, remembering each exercise's JSON from the last
 * write. Workouts are immutable and an edit keeps every exercise it did not touch as the same object, so saving
 * after a change serialises the document's header and the one changed exercise, not the whole document (the player
 * saves on every state change; scripts/bench measures it). Held by whoever writes the same workout over and over.
 */
public final class WorkoutJsonCache {
    private Map<String, Written> byId = new HashMap<>();
    private int rewritten;

    /** An exercise's JSON, valid while the exercise is the same object in a document created at the same stamp. */
    private record Written(WorkoutExercise exercise, Stamp docCreated, String json) {
        boolean isFor(WorkoutExercise other, Stamp created) {
            return exercise == other && docCreated.equals(created);
        }
    }

    public String write(Workout workout) {
        StringBuilder out = new StringBuilder();
        appendTo(out, workout);
        return out.toString();
    }

    /** Appends the workout's JSON to {@code out}. */
    public void appendTo(StringBuilder out, Workout workout) {
        String header = Json.write(WorkoutWriter.header(workout));
        out.append(header, 0, header.length() - 1).append(",\"exercises\":[");
        Map<String, Written> next = new HashMap<>();
        rewritten = 0;
        boolean first = true;
        for (WorkoutExercise exercise : workout.exercises()) {
            Written written = byId.get(exercise.id());
            if (written == null || !written.isFor(exercise, workout.created())) {
                written = new Written(exercise, workout.created(),
                        Json.write(WorkoutWriter.exercise(exercise, workout.created())));
                rewritten++;
            }
            next.put(exercise.id(), written);
            out.append(first ? "" : ",").append(written.json());
            first = false;
        }
        out.append("]}");
        // Only the exercises of the last write are kept: removed and replaced ones are let go.
        byId = next;
    }

    /** How many exercises the last write serialised afresh (the rest came from the cache). */
    int rewrittenLastTime() {
        return rewritten;
    }
}
