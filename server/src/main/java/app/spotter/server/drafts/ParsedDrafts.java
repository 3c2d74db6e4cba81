package app.spotter.server.drafts;

import app.spotter.workout.StoredDocuments;
import app.spotter.workout.Workout;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each user's stored draft as last read, parsed: a sync reads the stored text and parses it again only when the
 * text changed since (a device syncing every few seconds merges into the same stored copy many times). The text is
 * the key, so a stale entry can never be answered; a {@link Workout} is immutable, so one may be shared.
 */
final class ParsedDrafts {
    /** Users kept at most; beyond, the cache starts again (a household has a few; a big install re-parses). */
    static final int MAX_USERS = 64;

    private record Parsed(String text, Workout draft) {
    }

    private final Map<String, Parsed> byUser = new ConcurrentHashMap<>();

    /** {@code text} (the stored body of {@code userId}'s draft) as a workout, read as model 2 by shape only. */
    Workout parse(String userId, String text) {
        Parsed known = byUser.get(userId);
        if (known != null && known.text().equals(text)) {
            return known.draft();
        }
        Workout draft = StoredDocuments.workout(text);
        remember(userId, text, draft);
        return draft;
    }

    /**
     * The draft of {@code userId} this server last stored or read, committed or not: a guess at the stored copy,
     * never an answer.
     */
    Optional<Workout> latest(String userId) {
        Parsed known = byUser.get(userId);
        return known == null ? Optional.empty() : Optional.of(known.draft());
    }

    /** {@code text} was just written from {@code draft} (the codec reads it back equal): no need to parse it. */
    void remember(String userId, String text, Workout draft) {
        if (byUser.size() >= MAX_USERS) {
            byUser.clear();
        }
        byUser.put(userId, new Parsed(text, draft));
    }
}
