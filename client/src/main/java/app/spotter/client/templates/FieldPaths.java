package app.spotter.client.templates;

/** The field paths of a template document, spelled as {@link app.spotter.templates.TemplateValidator} and the
 * server spell them, so an error from either lands on the box it is about. */
final class FieldPaths {
    static final String NAME = "name";
    static final String EXERCISES = "exercises";

    private FieldPaths() {
    }

    static String exerciseName(int exercise) {
        return exercise(exercise) + ".name";
    }

    static String rest(int exercise) {
        return exercise(exercise) + ".restSeconds";
    }

    static String sets(int exercise) {
        return exercise(exercise) + ".sets";
    }

    static String reps(int exercise, int set) {
        return set(exercise, set) + ".reps";
    }

    static String weight(int exercise, int set) {
        return set(exercise, set) + ".weight";
    }

    private static String exercise(int exercise) {
        return EXERCISES + "[" + exercise + "]";
    }

    private static String set(int exercise, int set) {
        return sets(exercise) + "[" + set + "]";
    }
}
