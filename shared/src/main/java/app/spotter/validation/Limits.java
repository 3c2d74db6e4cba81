package app.spotter.validation;

/** The bounds every document is checked against, on the client and again on the server. */
public final class Limits {
    public static final int NAME_MAX_CHARS = 100;
    public static final int EXERCISES_MIN = 1;
    public static final int EXERCISES_MAX = 50;
    public static final int SETS_MIN = 1;
    public static final int SETS_MAX = 20;
    public static final int REPS_MAX = 1000;
    public static final double WEIGHT_MAX_KG = 2000;
    public static final int REST_MAX_SECONDS = 3600;
    /** Notes on a workout or an exercise. */
    public static final int NOTE_MAX_CHARS = 1000;
    public static final double RPE_MIN = 6;
    public static final double RPE_MAX = 10;
    /** A hold or a cardio set: up to a day. */
    public static final int DURATION_MAX_SECONDS = 86_400;
    public static final double DISTANCE_MAX_METERS = 1_000_000;
    /** A change may be stamped at most this far ahead of the server's time (one absurd stamp cannot pin a field). */
    public static final long STAMP_AHEAD_MAX_MS = 24L * 3600 * 1000;
    /** Items a workout document may hold, removed ones included (what operations allow visible is the limits above). */
    public static final int DOCUMENT_EXERCISES_MAX = 200;
    public static final int DOCUMENT_SETS_MAX = 100;
    /** Request bodies above this are refused before parsing. */
    public static final int BODY_MAX_BYTES = 256 * 1024;
    /** JSON nested deeper than this is refused before parsing (our documents need 5 levels). */
    public static final int JSON_MAX_DEPTH = 16;

    private Limits() {
    }
}
