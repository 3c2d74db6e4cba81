package app.spotter.workout;

import app.spotter.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a workout exactly as {@link WorkoutCodec#write} does, remembering each exercise's JSON from the last
 * write. Workouts are immutable and an edit keeps every exercise it did not touch as the same object, so saving
 * after a change serialises the document's header and the one changed exercise, not the whole document (the player
 * saves on every state change; scripts/bench measures it). Held by whoever writes the same workout over and over.
 * {@link #addPieces} hands the text over in pieces, so a caller that joins strings natively (the browser's
 * localStorage write) never copies the whole document char by char through a StringBuilder, as TeaVM's does.
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
        List<String> pieces = new ArrayList<>();
        addPieces(pieces, workout);
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            out.append(piece);
        }
        return out.toString();
    }

    /** Adds the workout's JSON to {@code out} as pieces that, written one after another, are {@link #write}'s text. */
    public void addPieces(List<String> out, Workout workout) {
        String header = Json.write(WorkoutWriter.header(workout));
        out.add(header.substring(0, header.length() - 1));
        out.add(",\"exercises\":[");
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
            if (!first) {
                out.add(",");
            }
            out.add(written.json());
            first = false;
        }
        out.add("]}");
        // Only the exercises of the last write are kept: removed and replaced ones are let go.
        byId = next;
    }

    /** How many exercises the last write serialised afresh (the rest came from the cache). */
    int rewrittenLastTime() {
        return rewritten;
    }
}
