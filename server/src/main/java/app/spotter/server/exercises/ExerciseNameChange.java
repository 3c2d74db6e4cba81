package app.spotter.server.exercises;

import app.spotter.catalog.Names;
import app.spotter.server.drafts.DraftStore;
import app.spotter.server.templates.TemplateStore;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * One exercise name becoming another (a custom exercise renamed, or merged into another) in every place the user
 * stored it: the logged workouts, the templates and the live session draft, in the caller's transaction.
 */
final class ExerciseNameChange {
    /** The stamp node of the server's own edits of a document. */
    static final String NODE = "server";

    private ExerciseNameChange() {
    }

    /** Renames every exercise named like {@code fromKey}; returns how many logged workouts changed. */
    static int apply(Handle h, String userId, String fromKey, String newName, long now) {
        return apply(h, userId, name -> Names.normalize(name).equals(fromKey), newName, now);
    }

    /** Renames every exercise whose name {@code matches}; returns how many logged workouts changed. */
    static int apply(Handle h, String userId, Predicate<String> matches, String newName, long now) {
        TemplateStore.renameExercise(h, userId, matches, newName, now);
        DraftStore.renameExercise(h, userId, matches, newName, now, NODE);
        return ExerciseHistory.rename(h, userId, matches, newName, now, NODE);
    }
}
