package app.spotter.workout;

import app.spotter.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a workout exactly as {@link WorkoutCodec#write} does, remembering each exercise's and each set's JSON from
 * the last write. Workouts are immutable and an edit keeps every exercise and set it did not touch as the same
 * object, so saving after a change serialises the document's header, the changed exercise's header and the one
 * changed set, not the whole document (the player saves on every state change; scripts/bench measures it). Held
 * by whoever writes the same workout over and over. {@link #addPieces} hands the text over in pieces, so a caller
 * that joins strings natively (the browser's localStorage write) never copies the whole document char by char
 * through a StringBuilder, as TeaVM's does.
 */
public final class WorkoutJsonCache {
    private Map<String, Written> byId = new HashMap<>();
    private int rewritten;
    private int setsRewritten;

    /**
     * An exercise's JSON, valid while the exercise is the same object in a document created at the same stamp;
     * with its sets' JSON by id, each valid while the set is the same object in an exercise of the same kind.
     */
    private record Written(WorkoutExercise exercise, Stamp docCreated, String json, Map<String, WrittenSet> sets) {
        boolean isFor(WorkoutExercise other, Stamp created) {
            return exercise == other && docCreated.equals(created);
        }

        Map<String, WrittenSet> setsFor(WorkoutExercise other, Stamp created) {
            return exercise.kind() == other.kind() && docCreated.equals(created) ? sets : Map.of();
        }
    }

    private record WrittenSet(WorkoutSet set, String json) {
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
        setsRewritten = 0;
        boolean first = true;
        for (WorkoutExercise exercise : workout.exercises()) {
            Written written = byId.get(exercise.id());
            if (written == null || !written.isFor(exercise, workout.created())) {
                written = written(exercise, workout.created(),
                        written == null ? Map.of() : written.setsFor(exercise, workout.created()));
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

    // The exercise's header, then its sets: the ones kept from the last write as they were, the others afresh.
    private Written written(WorkoutExercise exercise, Stamp created, Map<String, WrittenSet> before) {
        String header = Json.write(WorkoutWriter.exerciseHeader(exercise, created));
        StringBuilder json = new StringBuilder(header.length() + 160 * exercise.sets().size());
        json.append(header, 0, header.length() - 1).append(",\"sets\":[");
        Map<String, WrittenSet> sets = new HashMap<>();
        for (WorkoutSet set : exercise.sets()) {
            WrittenSet kept = before.get(set.id());
            if (kept == null || kept.set() != set) {
                kept = new WrittenSet(set, Json.write(WorkoutWriter.set(set, exercise.kind(), created)));
                setsRewritten++;
            }
            sets.put(set.id(), kept);
            json.append(sets.size() == 1 ? "" : ",").append(kept.json());
        }
        return new Written(exercise, created, json.append("]}").toString(), sets);
    }

    /** How many exercises the last write serialised afresh (the rest came from the cache). */
    int rewrittenLastTime() {
        return rewritten;
    }

    /** How many sets the last write serialised afresh. */
    int setsRewrittenLastTime() {
        return setsRewritten;
    }
}
