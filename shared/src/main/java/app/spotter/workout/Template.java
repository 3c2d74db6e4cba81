package app.spotter.workout;

import java.util.List;

/** A saved plan (templates v2): exercises of any kind with typed sets and targets, supersets and notes.
 * {@code id} is assigned by the server; empty until then. */
public record Template(String id, String name, String note, List<TemplateExercise> exercises) {
    public Template {
        id = id == null ? "" : id;
        name = name == null ? "" : name.trim();
        note = note == null ? "" : note;
        exercises = List.copyOf(exercises);
    }

    public Template withId(String newId) {
        return new Template(newId, name, note, exercises);
    }
}
