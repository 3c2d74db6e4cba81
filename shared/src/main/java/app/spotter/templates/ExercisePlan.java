package app.spotter.templates;

import java.util.List;

/** One exercise of a template: its name, the rest after each set, and the planned sets in order. */
public record ExercisePlan(String name, int restSeconds, List<SetTarget> sets) {
    public ExercisePlan {
        name = name == null ? "" : name.trim();
        sets = List.copyOf(sets);
    }
}
