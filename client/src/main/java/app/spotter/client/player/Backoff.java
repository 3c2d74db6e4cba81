package app.spotter.client.player;

/**
 * The client's one retry schedule: how long to wait after a run of failed attempts. The first failure waits the
 * shortest pause, each further failure in a row waits twice as long as the one before, and no pause is longer than
 * the cap. A sender counts its failures in a row and starts again from the first pause after a success.
 */
final class Backoff {
    /** Finished workouts and edits waiting in the outbox: 5 s, 10 s, 20 s ... up to 5 minutes. */
    static final Backoff OUTBOX = new Backoff(5_000, 300_000);
    /**
     * The live draft of the workout being run: 2 s, 4 s, 8 s, 16 s, then the heartbeat (30 s), which would send it
     * anyway.
     */
    static final Backoff DRAFT_SYNC = new Backoff(2_000, WorkoutSync.HEARTBEAT_MILLIS);

    private final int firstMillis;
    private final int capMillis;

    Backoff(int firstMillis, int capMillis) {
        if (firstMillis <= 0 || capMillis < firstMillis) {
            throw new IllegalArgumentException("a backoff needs 0 < first pause <= cap: " + firstMillis + ", "
                    + capMillis);
        }
        this.firstMillis = firstMillis;
        this.capMillis = capMillis;
    }

    /** The pause before the next attempt when the last {@code failures} attempts (at least one) all failed. */
    int pauseAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a pause follows at least one failure: " + failures);
        }
        long pause = firstMillis;
        for (int doubled = 1; doubled < failures && pause < capMillis; doubled++) {
            pause *= 2;
        }
        return (int) Math.min(pause, capMillis);
    }

    /** The longest pause, reached after enough failures in a row. */
    int longest() {
        return capMillis;
    }
}
