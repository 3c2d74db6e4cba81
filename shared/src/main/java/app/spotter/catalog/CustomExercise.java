package app.spotter.catalog;

/**
 * An exercise a user added beside the catalog: its id (which logged sets will point at), the name shown, the kind
 * of inputs it takes (an exercise kind's wire name), the main muscle group and the equipment (either may be empty).
 */
public record CustomExercise(String id, String name, String kind, String muscle, String equipment, long createdAt) {
    /** The name as names are compared ({@link Names#normalize}): two exercises of one user never share it. */
    public String key() {
        return Names.normalize(name);
    }

    public CustomExercise withId(String newId, long at) {
        return new CustomExercise(newId, name, kind, muscle, equipment, at);
    }

    /** This exercise with the fields a user edits taken from {@code edit}; id and creation stay. */
    public CustomExercise edited(CustomExercise edit) {
        return new CustomExercise(id, edit.name, edit.kind, edit.muscle, edit.equipment, createdAt);
    }
}
