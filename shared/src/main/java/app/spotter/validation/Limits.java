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
    /** Request bodies above this are refused before parsing. */
    public static final int BODY_MAX_BYTES = 256 * 1024;
    /** JSON nested deeper than this is refused before parsing (our documents need 5 levels). */
    public static final int JSON_MAX_DEPTH = 16;

    private Limits() {
    }
}
