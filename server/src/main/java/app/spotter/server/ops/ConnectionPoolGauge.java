package app.spotter.server.ops;

/**
 * What a database connection pool can say about itself, for {@code /metrics}. The database layer implements it once
 * it pools connections (HikariCP's pool bean has these four figures); until then the server reports no pool.
 */
public interface ConnectionPoolGauge {
    /** The figures at one moment. */
    record Snapshot(int active, int idle, int max, int waiting) {
    }

    Snapshot snapshot();
}
