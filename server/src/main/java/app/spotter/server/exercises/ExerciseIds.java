package app.spotter.server.exercises;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseRules;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.server.transfer.ImportCatalog;
import app.spotter.workout.ExerciseKind;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * Which exercise a logged name is, for one user: the id every logged set points at. A name or alias of the
 * built-in catalog gives the catalog's id ("Bench Press (Barbell)" and "Bench press" are one exercise); a name of
 * one of the user's custom exercises gives its id. A name neither knows becomes a custom exercise, with the kind
 * it was logged with, when it is logged ({@link #idFor}); one that cannot be a custom exercise's name (it has no
 * letter or digit) points at {@link #LOOSE} and its name.
 */
public final class ExerciseIds {
    /** The prefix of the id of a logged name that is no exercise (neither the catalog's nor a custom one). */
    static final String LOOSE = "name:";

    private final String userId;
    private ExerciseCatalog known;

    private ExerciseIds(Handle h, String userId, ExerciseCatalog base) {
        this.userId = userId;
        this.known = base.withCustom(CustomExerciseStore.list(h, userId));
    }

    /**
     * The user's exercises as they stand in the caller's transaction, with the catalog the server ships; kept up
     * to date by {@link #idFor}, not by other writes.
     */
    public static ExerciseIds forUser(Handle h, String userId) {
        return new ExerciseIds(h, userId, ImportCatalog.get());
    }

    /** The id of the exercise this name (or alias, or id) means, or null when the user has no such exercise. */
    public String find(String nameOrId) {
        CatalogExercise match = known.match(nameOrId);
        if (match == null) {
            match = known.byId(nameOrId);
        }
        if (match != null) {
            return match.id();
        }
        if (nameOrId.startsWith(LOOSE)) {
            return nameOrId;
        }
        return CustomExerciseRules.acceptsImportedName(nameOrId) ? null : loose(nameOrId);
    }

    /**
     * The id a logged set of this name points at, adding a custom exercise of {@code kind} for a name the user does
     * not have yet (in {@code h}, the user's write transaction).
     */
    public String idFor(Handle h, String name, ExerciseKind kind, long now) {
        CatalogExercise match = known.match(name);
        if (match != null) {
            return match.id();
        }
        if (!CustomExerciseRules.acceptsImportedName(name)) {
            return loose(name);
        }
        CustomExercise added = CustomExerciseStore.insert(h, userId, CustomExerciseRules.require(
                new CustomExercise("", name.trim(), kind.wireName(), "", "", 0)), CustomExerciseStore.newId(), now);
        known = known.withCustom(List.of(added));
        return added.id();
    }

    private static String loose(String name) {
        return LOOSE + name.trim().toLowerCase(Locale.ROOT);
    }
}
