package app.spotter.validation;

/**
 * How a field of a workout or template document is named in errors and on screen ({@code exercises[2].sets[0].reps}),
 * spelled in one place so an error from the model, the server or a form lands on the box it is about.
 */
public final class FieldPath {
    public static final String EXERCISES = "exercises";

    private FieldPath() {
    }

    /** {@code exercises[i]}: an exercise by its position in the document (the visible order in a workout). */
    public static String exercise(int exercise) {
        return index(EXERCISES, exercise);
    }

    /** {@code exercises[i].sets[s]}. */
    public static String set(int exercise, int set) {
        return index(exercise(exercise) + ".sets", set);
    }

    /** {@code list[i]}: one element of the list field at path {@code list}. */
    public static String index(String list, int i) {
        return list + "[" + i + "]";
    }
}
