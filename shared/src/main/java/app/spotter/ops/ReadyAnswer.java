package app.spotter.ops;

/**
 * The answer of {@code GET /api/ready}: ready with the schema version, or the problem ({@code "database"} or
 * {@code "schema"}) and what is wrong. The schema version is {@link #VERSION_UNKNOWN} when the database did not
 * answer.
 */
public record ReadyAnswer(boolean ready, int schemaVersion, String problem, String error) {
    public static final int VERSION_UNKNOWN = -1;
    public static final String DATABASE = "database";
    public static final String SCHEMA = "schema";

    public static ReadyAnswer ready(int schemaVersion) {
        return new ReadyAnswer(true, schemaVersion, "", "");
    }

    public static ReadyAnswer notReady(String problem, String error, int schemaVersion) {
        return new ReadyAnswer(false, schemaVersion, problem, error);
    }

    public boolean knowsVersion() {
        return schemaVersion != VERSION_UNKNOWN;
    }
}
