package app.spotter.workout;

/** The rest countdown: when it ends (server time, epoch ms; 0 = no rest running) and how long it was set for. */
public record Rest(long endsAt, int seconds) {
    public static final Rest NONE = new Rest(0, 0);

    public boolean isRunning(long now) {
        return endsAt > now;
    }
}
