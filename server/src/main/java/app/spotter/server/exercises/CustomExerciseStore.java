package app.spotter.server.exercises;

import app.spotter.catalog.CatalogExercise;
import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseRules;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.server.db.Database;
import app.spotter.server.db.UniqueViolation;
import app.spotter.server.http.ApiException;
import app.spotter.workout.ExerciseKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Each user's custom exercises (V9). A name is unique per user once compared without case and punctuation, and may
 * not be a catalog exercise's name or alias; renaming one moves its logged history, templates and live draft to
 * the new name ({@link ExerciseNameChange}).
 */
public final class CustomExerciseStore {
    private static final String COLUMNS = "id, name, kind, muscle, equipment, created_at";

    private final Database db;
    private final ExerciseCatalog catalog;
    private final LongSupplier clock;
    private final Supplier<String> ids;

    public CustomExerciseStore(Database db, ExerciseCatalog catalog, LongSupplier clock, Supplier<String> ids) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
        this.ids = ids;
    }

    /** A new custom exercise's id. */
    public static String newId() {
        return "c-" + UUID.randomUUID();
    }

    ExerciseCatalog catalog() {
        return catalog;
    }

    LongSupplier clock() {
        return clock;
    }

    public List<CustomExercise> list(String userId) {
        return db.read(h -> list(h, userId));
    }

    /** The user's custom exercises by name, inside the caller's transaction. */
    public static List<CustomExercise> list(Handle h, String userId) {
        return select(h, userId, "", "", "ORDER BY name_key");
    }

    static Optional<CustomExercise> find(Handle h, String userId, String id) {
        return select(h, userId, "id", id, "").stream().findFirst();
    }

    static Optional<CustomExercise> findByKey(Handle h, String userId, String key) {
        return select(h, userId, "name_key", key, "").stream().findFirst();
    }

    // The user's rows: all of them, or those whose column "by" (id or name_key) holds "value".
    private static List<CustomExercise> select(Handle h, String userId, String by, String value, String order) {
        Query query = h.createQuery("SELECT " + COLUMNS + " FROM custom_exercises WHERE user_id = :user"
                + (by.isEmpty() ? "" : " AND " + by + " = :value") + " " + order).bind("user", userId);
        if (!by.isEmpty()) {
            query.bind("value", value);
        }
        return query.map((rs, ctx) -> new CustomExercise(rs.getString("id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("muscle"), rs.getString("equipment"),
                        rs.getLong("created_at"))).list();
    }

    public CustomExercise add(String userId, CustomExercise exercise) {
        CustomExercise valid = CustomExerciseRules.require(exercise);
        return db.writeFor(userId, h -> insertNew(h, userId, valid, ids.get(), clock.getAsLong()));
    }

    /**
     * Adds a valid exercise inside the caller's transaction (an import adds the names it did not know). A name the
     * user has already is refused with 409 by the table's unique key too, should two writes race past the check.
     */
    public static CustomExercise insert(Handle h, String userId, CustomExercise valid, String id, long now) {
        CustomExercise stored = valid.withId(id, now);
        refusingTakenName(stored.name(), () -> h.createUpdate("INSERT INTO custom_exercises (id, user_id, name,"
                        + " name_key, kind, muscle, equipment, created_at)"
                        + " VALUES (:id, :user, :name, :key, :kind, :muscle, :equipment, :now)")
                .bind("id", stored.id()).bind("user", userId).bind("name", stored.name()).bind("key", stored.key())
                .bind("kind", stored.kind()).bind("muscle", stored.muscle()).bind("equipment", stored.equipment())
                .bind("now", now).execute());
        return stored;
    }

    // The unique key (user_id, name_key) is the last word on a taken name; a refusal names the field like the check.
    private static void refusingTakenName(String name, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (UniqueViolation.in(e)) {
                throw nameTaken(name);
            }
            throw e;
        }
    }

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("name", "You have an exercise named " + name + " already");
    }

    /** The name keys ({@link CustomExercise#key}) of the user's custom exercises. */
    public Set<String> keys(String userId) {
        Set<String> keys = new HashSet<>();
        list(userId).forEach(e -> keys.add(e.key()));
        return keys;
    }

    /**
     * The exercise names of an import that neither the catalog nor the user knew before it ({@code keysBefore},
     * from {@link #keys}), now custom exercises: logging the import's sets added most of them; a name with no done
     * set is added here, with the kind its logged sets have. Returns their names, in order.
     */
    public List<String> addImported(String userId, List<String> names, Set<String> keysBefore) {
        return db.writeFor(userId, h -> {
            List<String> added = new ArrayList<>();
            Set<String> seen = new HashSet<>(keysBefore);
            for (String name : names) {
                CustomExercise exercise = new CustomExercise("", name.trim(), loggedKind(h, userId, name), "", "", 0);
                if (!seen.add(exercise.key()) || catalog.match(name) != null) {
                    continue;
                }
                Optional<CustomExercise> logged = findByKey(h, userId, exercise.key());
                if (logged.isPresent()) {
                    added.add(logged.get().name());
                } else if (CustomExerciseRules.acceptsImportedName(name)) {
                    insert(h, userId, CustomExerciseRules.require(exercise), ids.get(), clock.getAsLong());
                    added.add(exercise.name());
                }
            }
            return added;
        });
    }

    private static String loggedKind(Handle h, String userId, String name) {
        return h.createQuery("SELECT kind FROM workout_sets WHERE user_id = :user AND exercise = :name LIMIT 1")
                .bind("user", userId).bind("name", name).mapTo(String.class).findOne()
                .orElse(ExerciseKind.WEIGHT_REPS.wireName());
    }

    /** Changes name, kind, muscle or equipment; a new name takes the exercise's history, templates and draft along. */
    public Optional<CustomExercise> update(String userId, String id, CustomExercise edit) {
        CustomExercise valid = CustomExerciseRules.require(edit);
        return db.writeFor(userId, h -> {
            Optional<CustomExercise> old = find(h, userId, id);
            if (old.isEmpty()) {
                return Optional.empty();
            }
            CustomExercise next = old.get().edited(valid);
            if (!next.key().equals(old.get().key())) {
                refuseTaken(h, userId, next.key());
            }
            refusingTakenName(next.name(), () -> h.createUpdate("UPDATE custom_exercises SET name = :name,"
                            + " name_key = :key, kind = :kind, muscle = :muscle, equipment = :equipment"
                            + " WHERE id = :id AND user_id = :user")
                    .bind("id", id).bind("user", userId).bind("name", next.name()).bind("key", next.key())
                    .bind("kind", next.kind()).bind("muscle", next.muscle()).bind("equipment", next.equipment())
                    .execute());
            if (!next.name().equals(old.get().name())) {
                ExerciseNameChange.apply(h, userId, old.get().key(), next.name(), clock.getAsLong());
            }
            return Optional.of(next);
        });
    }

    /** Removes an exercise no logged set uses; false when the user has none with this id. */
    public boolean delete(String userId, String id) {
        return db.writeFor(userId, h -> {
            Optional<CustomExercise> old = find(h, userId, id);
            if (old.isEmpty()) {
                return false;
            }
            if (ExerciseHistory.isLogged(h, userId, id)) {
                throw ApiException.conflict("id", "Logged workouts use " + old.get().name()
                        + "; merge it into another exercise instead of deleting it");
            }
            remove(h, userId, id);
            return true;
        });
    }

    static void remove(Handle h, String userId, String id) {
        h.createUpdate("DELETE FROM custom_exercises WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", userId).execute();
    }

    private CustomExercise insertNew(Handle h, String userId, CustomExercise valid, String id, long now) {
        refuseTaken(h, userId, valid.key());
        return insert(h, userId, valid, id, now);
    }

    private void refuseTaken(Handle h, String userId, String key) {
        CatalogExercise known = catalog.match(key);
        if (known != null) {
            throw ApiException.conflict("name", known.name() + " is in the exercise catalog already");
        }
        Optional<CustomExercise> own = findByKey(h, userId, key);
        if (own.isPresent()) {
            throw nameTaken(own.get().name());
        }
    }
}
