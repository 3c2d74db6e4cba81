package app.spotter.client.player;

import app.spotter.session.WorkoutSession;

/** The server's answer about the session draft, reduced to what the player acts on. */
public record DraftAnswer(Kind kind, WorkoutSession draft) {
    /** What happened: see {@link DraftApi} for which status maps to which. */
    public enum Kind {
        /** 200: the stored (or merged) draft, which may be null after a write that returned none. */
        DRAFT,
        /** 204: no active draft on the server. */
        NONE,
        /** 409: a different session is active; {@code draft} is that session. */
        CONFLICT,
        /** 410: this session was already finished or discarded; {@code draft} is the logged workout when it was
         * finished (from another device), null when discarded. */
        GONE,
        /** Unreachable, a server error, or an answer that could not be read: try again later. */
        FAILED
    }

    static DraftAnswer of(Kind kind) {
        return new DraftAnswer(kind, null);
    }
}
