package app.spotter.server.drafts;

import app.spotter.server.db.Database;
import app.spotter.server.workouts.Tombstones;
import app.spotter.workout.ExerciseRename;
import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutMerge;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * Each user's one in-progress session draft. A sync (a whole document or a delta) is merged into the stored copy
 * by the shared {@link WorkoutMerge}, so the order in which devices' writes arrive does not matter; the revision
 * counts the merges that changed the stored copy, so a device knows whether it has seen everything.
 */
public final class DraftStore {
    private final Database db;
    private final LongSupplier clock;
    private final ParsedDrafts parsed = new ParsedDrafts();

    public DraftStore(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The stored draft and its revision. */
    public record Stored(Workout draft, long revision) {
    }

    /** What a sync did. */
    public sealed interface SyncResult {
        /**
         * Merged and stored; {@code sendBack} when the device lacks some of the stored copy. {@code draftJson} is the
         * draft's {@link WorkoutCodec#write} text when this sync stored it, else null.
         */
        record Merged(Workout draft, long revision, boolean sendBack, String draftJson) implements SyncResult {
            Merged(Workout draft, long revision, boolean sendBack) {
                this(draft, revision, sendBack, null);
            }

            /** The draft as JSON text: the one just stored, or written now. */
            public String json() {
                return draftJson != null ? draftJson : WorkoutCodec.write(draft);
            }
        }

        /** A delta for a session the server has no copy of: the device sends the whole document. */
        record NoCopy() implements SyncResult {
        }

        record OtherSessionActive(Workout other) implements SyncResult {
        }

        /** The session ended: logged, discarded or deleted ({@link Tombstones}). */
        record Ended(String reason) implements SyncResult {
        }
    }

    /** What a discard did. */
    public enum Discard { DISCARDED, UNKNOWN, LOGGED }

    public Optional<Stored> current(String userId) {
        return db.read(h -> current(h, userId));
    }

    /**
     * Merges {@code incoming} into the stored copy of the same session. {@code baseRevision} is the revision the
     * device last merged whole; {@code replace} discards another active session instead of answering with it.
     */
    public SyncResult sync(String userId, Workout incoming, long baseRevision, boolean replace) {
        // A sync that adds nothing to the stored copy (a device sending again what the server has) is answered from
        // one read: the copy it merges into is committed, so it need not wait in line for the writer. Only a sync
        // that adds nothing to the copy last seen here is worth that read: one that adds something (most of them)
        // would read, merge and compare only to go to the writer, which reads the stored copy again.
        if (mayAddNothing(userId, incoming)) {
            Optional<SyncResult> unchanged = db.read(h -> unchanged(h, userId, incoming, baseRevision));
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
        }
        return db.writeFor(userId, h -> {
            Optional<String> ended = Tombstones.reason(h, userId, incoming.sessionId());
            if (ended.isPresent()) {
                return new SyncResult.Ended(ended.get());
            }
            Optional<Stored> stored = current(h, userId);
            if (stored.isPresent() && stored.get().draft().sessionId().equals(incoming.sessionId())) {
                Stored existing = stored.get();
                Workout merged = WorkoutMerge.merge(existing.draft(), incoming);
                boolean changed = !merged.equals(existing.draft());
                long revision = existing.revision() + (changed ? 1 : 0);
                String json = changed ? write(h, userId, merged, revision) : null;
                return new SyncResult.Merged(merged, revision, sendBack(existing, incoming, merged, baseRevision),
                        json);
            }
            if (stored.isPresent() && !replace) {
                return new SyncResult.OtherSessionActive(stored.get().draft());
            }
            if (incoming.partial()) {
                return new SyncResult.NoCopy();
            }
            stored.ifPresent(other -> Tombstones.mark(h, userId, other.draft().sessionId(), Tombstones.DISCARDED,
                    clock.getAsLong()));
            return new SyncResult.Merged(incoming, 1, false, write(h, userId, incoming, 1));
        });
    }

    /** Abandons a session: removes its draft and leaves a tombstone, so no late copy brings it back. */
    public Discard discard(String userId, String sessionId) {
        return db.writeFor(userId, h -> {
            Optional<String> ended = Tombstones.reason(h, userId, sessionId);
            if (ended.filter(Tombstones.LOGGED::equals).isPresent()) {
                return Discard.LOGGED;
            }
            int removed = h.createUpdate("DELETE FROM session_draft WHERE user_id = :user AND session_id = :id")
                    .bind("user", userId).bind("id", sessionId).execute();
            if (removed == 0 && ended.isEmpty()) {
                return Discard.UNKNOWN;
            }
            if (ended.isEmpty()) {
                Tombstones.mark(h, userId, sessionId, Tombstones.DISCARDED, clock.getAsLong());
            }
            return Discard.DISCARDED;
        });
    }

    /**
     * Gives every exercise of the user's draft whose name {@code matches} the new name (an exercise renamed or merged
     * into another), inside the caller's transaction. The name is stamped after the one it replaces, so the shared
     * merge keeps it against a device's older copy, and the revision goes up, so that device is sent the change at
     * its next sync. False when there is no draft or no exercise matched.
     */
    public static boolean renameExercise(Handle h, String userId, Predicate<String> matches, String newName,
            long now, String node) {
        Optional<Stored> stored = h.createQuery("SELECT body, revision FROM session_draft WHERE user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> new Stored(StoredDocuments.workout(rs.getString("body")),
                        rs.getLong("revision")))
                .findOne();
        if (stored.isEmpty()) {
            return false;
        }
        Workout draft = stored.get().draft();
        Workout renamed = ExerciseRename.rename(draft, matches, newName, now, node);
        if (renamed == draft) {
            return false;
        }
        store(h, userId, renamed, stored.get().revision() + 1, now);
        return true;
    }

    // Returns the stored text.
    private String write(Handle h, String userId, Workout draft, long revision) {
        String body = store(h, userId, draft, revision, clock.getAsLong());
        // The next sync reads this text back; what it parses to is already here (a rolled-back write leaves a text
        // no row has, which is never matched).
        parsed.remember(userId, body, draft);
        return body;
    }

    // Returns the stored text.
    private static String store(Handle h, String userId, Workout draft, long revision, long now) {
        String body = WorkoutCodec.write(draft);
        h.createUpdate("INSERT INTO session_draft (user_id, session_id, revision, updated_at, body)"
                        + " VALUES (:user, :id, :revision, :updatedAt, :body)"
                        + " ON CONFLICT (user_id) DO UPDATE SET session_id = excluded.session_id,"
                        + " revision = excluded.revision, updated_at = excluded.updated_at, body = excluded.body")
                .bind("user", userId)
                .bind("id", draft.sessionId())
                .bind("revision", revision)
                .bind("updatedAt", now)
                .bind("body", body)
                .execute();
        return body;
    }

    /**
     * The answer to a sync of {@code incoming} that changes nothing, read in one statement (one snapshot): the draft
     * of that session, still open (no tombstone), that already holds all of {@code incoming}. Empty otherwise: the
     * writer decides, in its transaction.
     */
    private Optional<SyncResult> unchanged(Handle h, String userId, Workout incoming, long baseRevision) {
        Optional<Stored> stored = h.createQuery("SELECT body, revision FROM session_draft d WHERE user_id = :user"
                        + " AND session_id = :id AND NOT EXISTS (SELECT 1 FROM ended_sessions e"
                        + " WHERE e.user_id = d.user_id AND e.session_id = d.session_id)")
                .bind("user", userId)
                .bind("id", incoming.sessionId())
                .map((rs, ctx) -> new Stored(parsed.parse(userId, rs.getString("body")), rs.getLong("revision")))
                .findOne();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Stored existing = stored.get();
        Workout merged = WorkoutMerge.merge(existing.draft(), incoming);
        if (!merged.equals(existing.draft())) {
            return Optional.empty();
        }
        return Optional.of(new SyncResult.Merged(merged, existing.revision(),
                sendBack(existing, incoming, merged, baseRevision)));
    }

    // A guess either way is safe: the read and the writer give the same answer.
    private boolean mayAddNothing(String userId, Workout incoming) {
        Optional<Workout> latest = parsed.latest(userId);
        return latest.isEmpty() || !latest.get().sessionId().equals(incoming.sessionId())
                || WorkoutMerge.merge(latest.get(), incoming).equals(latest.get());
    }

    // The device has all of the stored copy when it had merged the revision it merged into and, for a whole
    // document, when nothing of the server's was missing from it.
    private static boolean sendBack(Stored existing, Workout incoming, Workout merged, long baseRevision) {
        return baseRevision != existing.revision() || (!incoming.partial() && !merged.equals(incoming));
    }

    // A draft written by the schema-1 release is read as model 2 (and stored as such at its next change).
    private Optional<Stored> current(Handle h, String userId) {
        return h.createQuery("SELECT body, revision FROM session_draft WHERE user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> new Stored(parsed.parse(userId, rs.getString("body")), rs.getLong("revision")))
                .findOne();
    }
}
