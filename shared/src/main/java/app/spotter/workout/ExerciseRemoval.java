package app.spotter.workout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The removal of an exercise: the stamp of the write, and per set the completion the remover had seen. One
 * highest stamp for the whole exercise would not do: a device with a slow clock can complete another set with
 * a lower stamp the remover never saw. The exercise is removed while every set's completion is one its remover
 * saw. A join of max registers (stamp, and per set id).
 */
public record ExerciseRemoval(Stamp at, Map<String, Stamp> seenDone) {
    public ExerciseRemoval {
        if (at == null) {
            throw new IllegalArgumentException("a removal needs its stamp");
        }
        seenDone = Collections.unmodifiableMap(bySetId(seenDone));
    }

    // Set id order keeps the written JSON stable; a sorted copy instead of a TreeMap keeps TreeMap out of the bundle.
    private static Map<String, Stamp> bySetId(Map<String, Stamp> seen) {
        List<String> ids = new ArrayList<>(seen.keySet());
        Collections.sort(ids);
        Map<String, Stamp> sorted = new LinkedHashMap<>();
        for (String id : ids) {
            sorted.put(id, seen.get(id));
        }
        return sorted;
    }

    /** The removal of {@code exercise} as this device sees it now. */
    static ExerciseRemoval of(WorkoutExercise exercise, Stamp at) {
        Map<String, Stamp> seen = new HashMap<>();
        for (WorkoutSet set : exercise.sets()) {
            if (set.effectiveDoneAt() != null) {
                seen.put(set.id(), set.effectiveDoneAt());
            }
        }
        return new ExerciseRemoval(at, seen);
    }

    /** True while no set of {@code exercise} has a completion the remover had not seen. */
    public boolean cancels(WorkoutExercise exercise) {
        for (WorkoutSet set : exercise.sets()) {
            Stamp done = set.effectiveDoneAt();
            if (done != null && done.isAfter(seenDone.get(set.id()))) {
                return false;
            }
        }
        return true;
    }

    static ExerciseRemoval merge(ExerciseRemoval a, ExerciseRemoval b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Map<String, Stamp> seen = new HashMap<>(a.seenDone);
        for (Map.Entry<String, Stamp> entry : b.seenDone.entrySet()) {
            seen.put(entry.getKey(), Stamp.max(seen.get(entry.getKey()), entry.getValue()));
        }
        return new ExerciseRemoval(Stamp.max(a.at, b.at), seen);
    }

    static boolean after(ExerciseRemoval r, Stamp watermark) {
        return r != null && r.at.isAfter(watermark);
    }

    static Stamp latest(Stamp max, ExerciseRemoval r) {
        if (r == null) {
            return max;
        }
        Stamp latest = Stamp.max(max, r.at);
        for (Stamp seen : r.seenDone.values()) {
            latest = Stamp.max(latest, seen);
        }
        return latest;
    }
}
