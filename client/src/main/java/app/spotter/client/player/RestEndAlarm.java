package app.spotter.client.player;

import app.spotter.workout.Rest;

/**
 * When a rest end is signalled: once per end, at the first check at or after it. A window has two ends, its
 * shortest and its longest time, each signalled once. An end that was already past when the workout was shown (it
 * passed while the player was closed, or before a reload) is not signalled; a rest moved by +15 s has new ends and
 * is signalled at the new times. The window lives in the workout's rest, so a reload mid-rest still knows both.
 */
final class RestEndAlarm {
    private long signalledFor;
    private long signalledLongestFor;

    /** The workout as found (loaded, merged, chosen): ends already past count as signalled. */
    void seen(Rest rest, long now) {
        signalledFor = rest.endsAt() > 0 && rest.endsAt() <= now ? rest.endsAt() : 0;
        signalledLongestFor = rest.isWindow() && rest.maxEndsAt() <= now ? rest.maxEndsAt() : 0;
    }

    /** The end that has just come, once for each; {@link RestEnd#NONE} otherwise. */
    RestEnd due(Rest rest, long now) {
        long endsAt = rest.endsAt();
        if (endsAt <= 0 || endsAt > now) {
            return RestEnd.NONE;
        }
        if (rest.isWindow()) {
            long longest = rest.maxEndsAt();
            if (longest <= now && longest != signalledLongestFor) {
                // A page that slept through the whole window gets the one signal that still matters.
                signalledLongestFor = longest;
                signalledFor = endsAt;
                return RestEnd.LONGEST;
            }
            if (endsAt == signalledFor) {
                return RestEnd.NONE;
            }
            signalledFor = endsAt;
            // A window from 0 ("up to 3:00") starts at its shortest end: nothing to say then.
            return rest.seconds() > 0 ? RestEnd.SHORTEST : RestEnd.NONE;
        }
        if (endsAt == signalledFor) {
            return RestEnd.NONE;
        }
        signalledFor = endsAt;
        return RestEnd.OVER;
    }
}
