package app.spotter.session;

import java.util.ArrayList;
import java.util.List;

/** One exercise of a running session, with its sets in order. */
public record SessionExercise(String name, int restSeconds, List<SetEntry> sets) {
    public SessionExercise {
        sets = List.copyOf(sets);
    }

    SessionExercise withSet(int index, SetEntry set) {
        List<SetEntry> copy = new ArrayList<>(sets);
        copy.set(index, set);
        return new SessionExercise(name, restSeconds, copy);
    }

    public int setsDone() {
        int n = 0;
        for (SetEntry set : sets) {
            if (set.done()) {
                n++;
            }
        }
        return n;
    }
}
