package app.spotter.server.transfer;

import app.spotter.json.TemplateCodec;
import app.spotter.server.db.Database;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** Brings a user's data in, all of a file or none of it: one transaction per import. */
public final class DataTransfer {
    private final Database db;
    private final LongSupplier clock;
    private final Supplier<String> ids;

    public DataTransfer(Database db, LongSupplier clock, Supplier<String> ids) {
        this.db = db;
        this.clock = clock;
        this.ids = ids;
    }

    /** What an import changed. */
    public record Outcome(int templatesAdded, int templatesUpdated, int workoutsAdded, int workoutsAlreadyThere) {
    }

    /**
     * Stores templates (updating the user's own template of the same id, otherwise adding a new one) and logs
     * workouts not logged yet (matched by session id, so importing a file again adds nothing twice).
     */
    public Outcome importAll(String userId, List<WorkoutTemplate> templates, List<WorkoutSession> workouts) {
        return db.write(h -> {
            long now = clock.getAsLong();
            int added = 0;
            int updated = 0;
            for (WorkoutTemplate template : templates) {
                if (ownerOf(h, template.id()).filter(userId::equals).isPresent()) {
                    h.createUpdate("UPDATE templates SET name = :name, body = :body, updated_at = :now"
                                    + " WHERE id = :id AND user_id = :user")
                            .bind("name", template.name()).bind("body", TemplateCodec.write(template.withId("")))
                            .bind("now", now).bind("id", template.id()).bind("user", userId).execute();
                    updated++;
                } else {
                    TemplateStore.insert(h, userId, template.withId(ids.get()), now);
                    added++;
                }
            }
            int logged = 0;
            for (WorkoutSession workout : workouts) {
                if (WorkoutLog.insert(h, userId, workout, now)) {
                    logged++;
                }
            }
            return new Outcome(added, updated, logged, workouts.size() - logged);
        });
    }

    private static Optional<String> ownerOf(Handle h, String templateId) {
        if (templateId.isEmpty()) {
            return Optional.empty();
        }
        return h.createQuery("SELECT user_id FROM templates WHERE id = :id").bind("id", templateId)
                .mapTo(String.class).findOne();
    }
}
