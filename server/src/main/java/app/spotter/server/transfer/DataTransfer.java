package app.spotter.server.transfer;

import app.spotter.server.db.Database;
import app.spotter.server.exercises.ExerciseIds;
import app.spotter.server.templates.TemplateStore;
import app.spotter.server.workouts.Tombstones;
import app.spotter.server.workouts.WorkoutLog;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Brings a user's data in. The caller has read and validated the whole file first, so a bad file stores nothing;
 * the writes then go in batches of {@link #BATCH} workouts, each its own transaction, so the syncs of everyone
 * else wait for one batch at most, never for a whole year of workouts. A crash half-way leaves whole batches, and
 * importing the file again adds the rest (workouts are matched by session id).
 */
public final class DataTransfer {
    static final int BATCH = 50;

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
     * workouts not logged yet (matched by session id, so importing a file again adds nothing twice; one logged
     * already is merged with the file's copy, and one the user deleted stays deleted).
     */
    public Outcome importAll(String userId, List<Template> templates, List<Workout> workouts) {
        int[] counts = db.writeFor(userId, h -> importTemplates(h, userId, templates));
        int logged = 0;
        for (int from = 0; from < workouts.size(); from += BATCH) {
            logged += logBatch(userId, workouts.subList(from, Math.min(workouts.size(), from + BATCH)));
        }
        return new Outcome(counts[0], counts[1], logged, workouts.size() - logged);
    }

    /**
     * Logs up to {@link #BATCH} workouts in one transaction (for an import read in a stream, which hands them over
     * as it goes); returns how many were new.
     */
    public int logBatch(String userId, List<Workout> batch) {
        return db.writeFor(userId, h -> {
            long now = clock.getAsLong();
            ExerciseIds ids = ExerciseIds.forUser(h, userId);
            int n = 0;
            for (Workout workout : batch) {
                WorkoutLog.Outcome outcome = WorkoutLog.log(h, userId, workout, false, now, ids);
                if (outcome instanceof WorkoutLog.Outcome.Stored stored && stored.created()) {
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * How many of {@code batch} importing would add: those this account never logged, discarded or deleted (a
     * workout deleted here is not brought back by an import, as {@link #logBatch} does not).
     */
    public int countNew(String userId, List<Workout> batch) {
        return db.read(h -> {
            int n = 0;
            for (Workout workout : batch) {
                boolean known = Tombstones.reason(h, userId, workout.sessionId()).isPresent()
                        || h.createQuery("SELECT 1 FROM workouts WHERE user_id = :user AND session_id = :id")
                        .bind("user", userId).bind("id", workout.sessionId()).mapTo(Integer.class).findOne()
                        .isPresent();
                if (!known) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Stores the templates; returns {added, updated}. */
    private int[] importTemplates(Handle h, String userId, List<Template> imported) {
        long now = clock.getAsLong();
        int added = 0;
        int updated = 0;
        for (Template template : imported) {
            if (ownerOf(h, template.id()).filter(userId::equals).isPresent()) {
                h.createUpdate("UPDATE templates SET name = :name, body = :body, updated_at = :now"
                                + " WHERE id = :id AND user_id = :user")
                        .bind("name", template.name()).bind("body", TemplateCodecV2.write(template.withId("")))
                        .bind("now", now).bind("id", template.id()).bind("user", userId).execute();
                updated++;
            } else {
                TemplateStore.insert(h, userId, template.withId(ids.get()), now);
                added++;
            }
        }
        return new int[] {added, updated};
    }

    private static Optional<String> ownerOf(Handle h, String templateId) {
        if (templateId.isEmpty()) {
            return Optional.empty();
        }
        return h.createQuery("SELECT user_id FROM templates WHERE id = :id").bind("id", templateId)
                .mapTo(String.class).findOne();
    }
}
