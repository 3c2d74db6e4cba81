package app.spotter.server.history;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Writes the {@code rep_buckets} rows of stretches from the weight and reps of what they are made of,
 * offered stretch by stretch, heaviest first and at a weight most reps first: per weight the most reps, only where
 * more than at every heavier weight (a set that beats no heavier one never answers "most reps at or above").
 * Java rather than a window function: SQLite's took 2.5 µs a row, the larger part of logging a workout.
 */
final class RepFrontier implements AutoCloseable {
    private static final int CHUNK = 1_000;

    private final Handle h;
    private PreparedBatch batch;
    private String stretch;
    private int most;

    private RepFrontier(Handle h) {
        this.h = h;
    }

    /** A set's (or a stretch's) weight and reps, and the stretch it is offered to. */
    record Lift(String userId, String exerciseId, String kind, long span, long startsAt, double weight, int reps) {
    }

    /** The lifts of a query's user_id, exercise_id, kind, span, starts_at, weight and reps. */
    static ResultIterable<Lift> lifts(Query read) {
        return read.map((rs, ctx) -> new Lift(rs.getString("user_id"), rs.getString("exercise_id"),
                rs.getString("kind"), rs.getLong("span"), rs.getLong("starts_at"), rs.getDouble("weight"),
                rs.getInt("reps")));
    }

    /** Writes the rows of the stretches in {@code sorted} (see the class: stretch by stretch, heaviest first). */
    static void write(Handle h, Iterable<Lift> sorted) {
        try (RepFrontier frontier = new RepFrontier(h)) {
            sorted.forEach(frontier::offer);
        }
    }

    private void offer(Lift lift) {
        String key = lift.userId() + "\n" + lift.exerciseId() + "\n" + lift.kind() + "\n" + lift.span() + "\n"
                + lift.startsAt();
        if (!key.equals(stretch)) {
            stretch = key;
            most = 0;
        }
        if (lift.reps() <= most) {
            return;
        }
        most = lift.reps();
        if (batch == null) {
            batch = h.prepareBatch("INSERT INTO rep_buckets (user_id, exercise_id, kind, span, starts_at, weight, reps)"
                    + " VALUES (:user, :exercise, :kind, :span, :startsAt, :weight, :reps)");
        }
        batch.bind("user", lift.userId()).bind("exercise", lift.exerciseId()).bind("kind", lift.kind())
                .bind("span", lift.span()).bind("startsAt", lift.startsAt()).bind("weight", lift.weight())
                .bind("reps", lift.reps()).add();
        if (batch.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (batch != null) {
            batch.execute();
            batch = null;
        }
    }

    @Override
    public void close() {
        flush();
    }
}
