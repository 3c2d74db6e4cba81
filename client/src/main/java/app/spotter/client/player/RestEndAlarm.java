package app.spotter.client.player;

import app.spotter.workout.Rest;

/**
 * When a rest end is signalled: once per rest end, at the first check at or after it. A rest that was already over
 * when the workout was shown (it ended while the player was closed) is not signalled; a rest moved by +15 s is a
 * new end and is signalled at the new time.
 */
final class RestEndAlarm {
    private long signalledFor;

    /** The workout as found (loaded, merged, chosen): an end already past counts as signalled. */
    void seen(Rest rest, long now) {
        signalledFor = rest.endsAt() > 0 && rest.endsAt() <= now ? rest.endsAt() : 0;
    }

    /** True once for each rest end, at the first check at or after it. */
    boolean due(Rest rest, long now) {
        long endsAt = rest.endsAt();
        if (endsAt <= 0 || endsAt > now || endsAt == signalledFor) {
            return false;
        }
        signalledFor = endsAt;
        return true;
    }
}
