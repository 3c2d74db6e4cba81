package app.spotter.client.player;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.Platform;
import app.spotter.workout.HybridClock;
import app.spotter.workout.Stamp;
import app.spotter.workout.Workout;

/**
 * Where the player's stamps come from (session model 2): a hybrid logical clock of this device whose physical part
 * is server time (device clock + measured offset), so stamps sit near the server's clock whatever the device's
 * says, and every stamp is later than every one the document on screen holds. Owned by the player's controller (and by a logged workout's edit page).
 */
public final class StampSource {
    private final HybridClock clock;
    private final Clock serverTime;

    /** This device's stamps (its kept node id) on the platform's server time. */
    public static StampSource ofDevice(Platform platform) {
        return new StampSource(DeviceNode.of(platform.storage(), platform.ids()), platform.serverClock());
    }

    StampSource(String node, Clock serverTime) {
        this.clock = new HybridClock(node, null);
        this.serverTime = serverTime;
    }

    /** A stamp for the next change: after everything issued or seen. */
    public Stamp next() {
        return clock.next(serverTime.now());
    }

    /** Takes in a document loaded or merged in, so the next change made here comes after all of it. */
    public void saw(Workout workout) {
        if (workout != null) {
            clock.observe(workout.latestStamp());
        }
    }

    String node() {
        return clock.node();
    }
}
