package app.spotter.server.templates;

import app.spotter.server.db.Database;
import app.spotter.workout.ExerciseRename;
import app.spotter.workout.SchemaOneUpgrade;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Each user's workout templates in their chosen order. Each template is stored as its JSON document (templates
 * v2); rows the schema-1 release wrote are read through {@link SchemaOneUpgrade} and rewritten in v2 on their
 * next change. Rows are read by shape only ({@link StoredDocuments}), not against today's input limits.
 */
public final class TemplateStore {
    private final Database db;
    private final LongSupplier clock;
    private final Supplier<String> ids;

    public TemplateStore(Database db, LongSupplier clock, Supplier<String> ids) {
        this.db = db;
        this.clock = clock;
        this.ids = ids;
    }

    public List<Template> list(String userId) {
        return db.read(h -> h.createQuery("SELECT id, body FROM templates WHERE user_id = :user"
                        + " ORDER BY position, created_at")
                .bind("user", userId)
                .map((rs, ctx) -> decode(rs.getString("id"), rs.getString("body")))
                .list());
    }

    public Optional<Template> find(String userId, String id) {
        return db.read(h -> h.createQuery("SELECT id, body FROM templates WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", userId)
                .map((rs, ctx) -> decode(rs.getString("id"), rs.getString("body")))
                .findOne());
    }

    /** Stores a new template at the end of the list and returns it with its new id. */
    public Template create(String userId, Template template) {
        Template stored = template.withId(ids.get());
        db.writeFor(userId, h -> insert(h, userId, stored, clock.getAsLong()));
        return stored;
    }

    /** Adds a template (with its id) at the end of the user's list, inside the caller's transaction. */
    public static int insert(Handle h, String userId, Template template, long now) {
        return h.createUpdate("INSERT INTO templates (id, user_id, position, name, body, created_at, updated_at)"
                        + " VALUES (:id, :user, (SELECT COALESCE(MAX(position), 0) + 1 FROM templates"
                        + " WHERE user_id = :user), :name, :body, :now, :now)")
                .bind("id", template.id())
                .bind("user", userId)
                .bind("name", template.name())
                .bind("body", encode(template))
                .bind("now", now)
                .execute();
    }

    /** Replaces a template's content; empty when there is no such template. */
    public Optional<Template> update(String userId, String id, Template template) {
        Template stored = template.withId(id);
        int changed = db.writeFor(userId, h -> h.createUpdate("UPDATE templates SET name = :name, body = :body,"
                        + " updated_at = :now WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", userId)
                .bind("name", stored.name())
                .bind("body", encode(stored))
                .bind("now", clock.getAsLong())
                .execute());
        return changed == 1 ? Optional.of(stored) : Optional.empty();
    }

    /**
     * Gives every exercise of the user's templates whose name {@code matches} the new name (an exercise renamed or
     * merged into another), inside the caller's transaction; returns how many templates changed.
     */
    public static int renameExercise(Handle h, String userId, Predicate<String> matches, String newName, long now) {
        List<Template> templates = h.createQuery("SELECT id, body FROM templates WHERE user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> decode(rs.getString("id"), rs.getString("body")))
                .list();
        int changed = 0;
        for (Template template : templates) {
            Template renamed = ExerciseRename.rename(template, matches, newName);
            if (renamed != template) {
                changed += h.createUpdate("UPDATE templates SET body = :body, updated_at = :now"
                                + " WHERE id = :id AND user_id = :user")
                        .bind("id", template.id()).bind("user", userId).bind("body", encode(renamed))
                        .bind("now", now).execute();
            }
        }
        return changed;
    }

    public boolean delete(String userId, String id) {
        return db.writeFor(userId, h -> h.createUpdate("DELETE FROM templates WHERE id = :id AND user_id = :user")
                .bind("id", id).bind("user", userId).execute()) == 1;
    }

    /** Puts the templates in the given order; false (and nothing changed) unless the ids are exactly the stored ones. */
    public boolean reorder(String userId, List<String> ids) {
        return db.writeFor(userId, h -> {
            List<String> stored = h.createQuery("SELECT id FROM templates WHERE user_id = :user")
                    .bind("user", userId).mapTo(String.class).list();
            if (stored.size() != ids.size() || !stored.containsAll(ids) || ids.stream().distinct().count() != ids.size()) {
                return false;
            }
            for (int i = 0; i < ids.size(); i++) {
                h.createUpdate("UPDATE templates SET position = :position WHERE id = :id AND user_id = :user")
                        .bind("user", userId)
                        .bind("position", i + 1)
                        .bind("id", ids.get(i))
                        .execute();
            }
            return true;
        });
    }

    // The id lives in its column; the body holds the rest of the document.
    private static String encode(Template template) {
        return TemplateCodecV2.write(template.withId(""));
    }

    private static Template decode(String id, String body) {
        return StoredDocuments.template(body).withId(id);
    }
}
