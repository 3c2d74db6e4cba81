package app.spotter.workout;

import java.util.List;

/** One exercise of a template; consecutive exercises with the same non-empty {@code supersetGroup} are a superset. */
public record TemplateExercise(String name, ExerciseKind kind, int restSeconds, String note, String supersetGroup,
                               List<TemplateSet> sets) {
    public TemplateExercise {
        name = name == null ? "" : name.trim();
        note = note == null ? "" : note;
        supersetGroup = supersetGroup == null ? "" : supersetGroup;
        sets = List.copyOf(sets);
    }
}
