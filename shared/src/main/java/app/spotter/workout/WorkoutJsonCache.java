package app.spotter.workout;

import app.spotter.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a workout exactly as {@link WorkoutCodec#write} does, remembering the JSON of the last write: the
 * document's header, each exercise's header and each set. Workouts are immutable and an edit keeps every field,
 * exercise and set it did not touch as the same object, so saving after a change serialises only what the change
 * made new: one set and the fields it touched (the player saves on every state change; scripts/bench measures
 * it). Held by whoever writes the same workout over and over. {@link #addPieces} hands the text over in pieces, so
 * a caller that joins strings natively (the browser's localStorage write) never copies the whole document char by
 * char through a StringBuilder, as TeaVM's does.
 */
public final class WorkoutJsonCache {
    private Map<String, Written> byId = new HashMap<>();
    /** The workout whose header was written last, and that header's text (without its closing brace). */
    private Workout headerOf;
    private String header;
    private int rewritten;
    private int setsRewritten;
    private int headersRewritten;

    /**
     * An exercise's JSON, valid while the exercise is the same object in a document created at the same stamp;
     * with its sets' JSON by id, each valid while the set is the same object in an exercise of the same kind.
     */
    private record Written(WorkoutExercise exercise, Stamp docCreated, String header, String json,
                           Map<String, WrittenSet> sets) {
        boolean isFor(WorkoutExercise other, Stamp created) {
            return exercise == other && docCreated.equals(created);
        }

        /** The sets' JSON that still holds for {@code other}, the same exercise (by id) as written now. */
        Map<String, WrittenSet> setsFor(WorkoutExercise other, Stamp created) {
            return exercise.kind() == other.kind() && docCreated.equals(created) ? sets : Map.of();
        }

        /** The header written for this exercise, when {@code other}'s header fields are the same objects. */
        String headerFor(WorkoutExercise other, Stamp created) {
            WorkoutExercise e = exercise;
            boolean same = docCreated.equals(created) && e.kind() == other.kind()
                    && e.created().equals(other.created()) && e.name() == other.name()
                    && e.restSeconds() == other.restSeconds() && e.restMaxSeconds() == other.restMaxSeconds()
                    && e.note() == other.note() && e.position() == other.position()
                    && e.supersetGroup() == other.supersetGroup() && e.removed() == other.removed();
            return same ? header : null;
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
        rewritten = 0;
        setsRewritten = 0;
        headersRewritten = 0;
        if (headerOf == null || !sameHeader(headerOf, workout)) {
            String json = Json.write(WorkoutWriter.header(workout));
            header = json.substring(0, json.length() - 1);
            headersRewritten++;
        }
        headerOf = workout;
        out.add(header);
        out.add(",\"exercises\":[");
        Map<String, Written> next = new HashMap<>();
        boolean first = true;
        for (WorkoutExercise exercise : workout.exercises()) {
            Written written = byId.get(exercise.id());
            if (written == null || !written.isFor(exercise, workout.created())) {
                written = written(exercise, workout.created(), written);
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

    /** True when the header of {@code b} is made of the same fields as {@code a}'s (the same objects). */
    private static boolean sameHeader(Workout a, Workout b) {
        return a.sessionId().equals(b.sessionId()) && a.templateId().equals(b.templateId()) && a.start() == b.start()
                && a.created().equals(b.created()) && a.partial() == b.partial() && a.name() == b.name()
                && a.note() == b.note() && a.activeExerciseId() == b.activeExerciseId() && a.rest() == b.rest()
                && a.finishedAt() == b.finishedAt();
    }

    // The exercise's header, then its sets: what still holds of the last write of it ({@code last}, or null) as it
    // was, the rest afresh.
    private Written written(WorkoutExercise exercise, Stamp created, Written last) {
        String header = last == null ? null : last.headerFor(exercise, created);
        Map<String, WrittenSet> before = last == null ? Map.of() : last.setsFor(exercise, created);
        if (header == null) {
            String json = Json.write(WorkoutWriter.exerciseHeader(exercise, created));
            header = json.substring(0, json.length() - 1);
            headersRewritten++;
        }
        StringBuilder json = new StringBuilder(header.length() + 160 * exercise.sets().size());
        json.append(header).append(",\"sets\":[");
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
        return new Written(exercise, created, header, json.append("]}").toString(), sets);
    }

    /** How many exercises the last write serialised afresh (the rest came from the cache). */
    int rewrittenLastTime() {
        return rewritten;
    }

    /** How many sets the last write serialised afresh. */
    int setsRewrittenLastTime() {
        return setsRewritten;
    }

    /** How many headers (the document's, the exercises') the last write serialised afresh. */
    int headersRewrittenLastTime() {
        return headersRewritten;
    }
}
