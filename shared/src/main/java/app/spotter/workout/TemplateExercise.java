package app.spotter.workout;

import java.util.List;

/**
 * One exercise of a template; consecutive exercises with the same non-empty {@code supersetGroup} are a superset.
 * {@code restMaxSeconds} makes the rest a window ("2:00 to 3:00"); 0 = a single value.
 */
public record TemplateExercise(String name, ExerciseKind kind, int restSeconds, int restMaxSeconds, String note,
                               String supersetGroup, List<TemplateSet> sets) {
    public TemplateExercise {
        name = name == null ? "" : name.trim();
        note = note == null ? "" : note;
        supersetGroup = supersetGroup == null ? "" : supersetGroup;
        sets = List.copyOf(sets);
    }

    /** An exercise whose rest is a single value. */
    public TemplateExercise(String name, ExerciseKind kind, int restSeconds, String note, String supersetGroup,
                            List<TemplateSet> sets) {
        this(name, kind, restSeconds, 0, note, supersetGroup, sets);
    }
}
