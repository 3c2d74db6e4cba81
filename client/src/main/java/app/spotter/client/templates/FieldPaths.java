package app.spotter.client.templates;

import app.spotter.validation.FieldPath;

/** The field paths of a template document (v2), spelled as {@link app.spotter.workout.TemplateValidatorV2} and
 * the server spell them, so an error from either lands on the box it is about. */
final class FieldPaths {
    static final String NAME = "name";
    static final String NOTE = "note";
    static final String EXERCISES = FieldPath.EXERCISES;

    private FieldPaths() {
    }

    static String exerciseName(int exercise) {
        return exercise(exercise) + ".name";
    }

    static String kind(int exercise) {
        return exercise(exercise) + ".kind";
    }

    static String rest(int exercise) {
        return exercise(exercise) + ".restSeconds";
    }

    static String restMax(int exercise) {
        return exercise(exercise) + ".restMaxSeconds";
    }

    static String exerciseNote(int exercise) {
        return exercise(exercise) + ".note";
    }

    static String supersetGroup(int exercise) {
        return exercise(exercise) + ".supersetGroup";
    }

    static String sets(int exercise) {
        return exercise(exercise) + ".sets";
    }

    static String type(int exercise, int set) {
        return set(exercise, set) + ".type";
    }

    static String reps(int exercise, int set) {
        return targets(exercise, set) + ".reps";
    }

    static String weight(int exercise, int set) {
        return targets(exercise, set) + ".weight";
    }

    static String duration(int exercise, int set) {
        return targets(exercise, set) + ".durationSeconds";
    }

    static String distance(int exercise, int set) {
        return targets(exercise, set) + ".distanceMeters";
    }

    private static String targets(int exercise, int set) {
        return set(exercise, set) + ".targets";
    }

    private static String exercise(int exercise) {
        return FieldPath.exercise(exercise);
    }

    private static String set(int exercise, int set) {
        return FieldPath.set(exercise, set);
    }
}
