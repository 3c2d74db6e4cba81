package app.spotter.server.exercises;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.ExerciseMerged;
import app.spotter.catalog.Names;
import app.spotter.server.db.Database;
import app.spotter.server.http.ApiException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Merging one exercise into another, in one transaction: every logged workout, template and the live draft using
 * {@code from} (a custom exercise's id, or any name the user logged) is rewritten to {@code into} (a catalog or
 * custom exercise id), and a custom {@code from} is removed.
 */
public final class ExerciseMerge {
    private final Database db;
    private final CustomExerciseStore store;

    public ExerciseMerge(Database db, CustomExerciseStore store) {
        this.db = db;
        this.store = store;
    }

    public ExerciseMerged merge(String userId, String from, String into) {
        return db.writeFor(userId, h -> {
            String target = target(h, userId, into);
            Optional<CustomExercise> custom = CustomExerciseStore.find(h, userId, from);
            String fromKey = custom.map(CustomExercise::key).orElse(Names.normalize(from));
            ExerciseIds ids = ExerciseIds.forUser(h, userId);
            String fromId = custom.map(CustomExercise::id).orElse(ids.find(from));
            if (fromKey.equals(Names.normalize(target)) || fromId != null && fromId.equals(ids.find(target))) {
                throw ApiException.invalid("into", "An exercise cannot be merged into itself");
            }
            if (custom.isEmpty() && (fromId == null || !ExerciseHistory.isLogged(h, userId, fromId))) {
                throw ApiException.notFound("Exercise " + from);
            }
            // Every name that means the exercise moves: its own, and for a catalog exercise its aliases too.
            int workouts = ExerciseNameChange.apply(h, userId, name -> Names.normalize(name).equals(fromKey)
                    || fromId != null && fromId.equals(ids.find(name)), target, store.clock().getAsLong());
            custom.ifPresent(c -> CustomExerciseStore.remove(h, userId, c.id()));
            return new ExerciseMerged(target, workouts);
        });
    }

    private String target(Handle h, String userId, String into) {
        CatalogExercise catalogExercise = store.catalog().byId(into);
        if (catalogExercise != null) {
            return catalogExercise.name();
        }
        return CustomExerciseStore.find(h, userId, into).map(CustomExercise::name)
                .orElseThrow(() -> ApiException.notFound("Exercise " + into));
    }
}
