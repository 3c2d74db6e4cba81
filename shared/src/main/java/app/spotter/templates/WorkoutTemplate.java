package app.spotter.templates;

import java.util.List;

/** A saved plan a session starts from. {@code id} is assigned by the server; empty until then. */
public record WorkoutTemplate(String id, String name, List<ExercisePlan> exercises) {
    public WorkoutTemplate {
        id = id == null ? "" : id;
        name = name == null ? "" : name.trim();
        exercises = List.copyOf(exercises);
    }

    public WorkoutTemplate withId(String newId) {
        return new WorkoutTemplate(newId, name, exercises);
    }
}
