package app.spotter.workout;

/**
 * The rest countdown: when its shortest time ends (server time, epoch ms; 0 = no rest running), how long it was set
 * for, and for a rest given as a window ("2:00 to 3:00") its longest time ({@code maxSeconds}; 0 = a single value).
 * The end of the window moves with {@code endsAt}, so -15 s / +15 s shift both ends.
 */
public record Rest(long endsAt, int seconds, int maxSeconds) {
    public static final Rest NONE = new Rest(0, 0, 0);

    public Rest(long endsAt, int seconds) {
        this(endsAt, seconds, 0);
    }

    /** A rest starting at {@code now}; a window when {@code maxSeconds} is longer than {@code seconds}. */
    public static Rest starting(long now, int seconds, int maxSeconds) {
        if (seconds <= 0 && maxSeconds <= 0) {
            return NONE;
        }
        return new Rest(now + seconds * 1000L, seconds, maxSeconds > seconds ? maxSeconds : 0);
    }

    public boolean isWindow() {
        return maxSeconds > seconds;
    }

    /** When the rest is over for good: the end of the window, or {@code endsAt} for a single value. */
    public long maxEndsAt() {
        return isWindow() && endsAt > 0 ? endsAt + (maxSeconds - seconds) * 1000L : endsAt;
    }

    /** The shortest rest is still counting down. */
    public boolean isRunning(long now) {
        return endsAt > now;
    }

    /** The shortest rest is over and the window's longest is not yet. */
    public boolean inWindow(long now) {
        return isWindow() && endsAt > 0 && endsAt <= now && maxEndsAt() > now;
    }
}
