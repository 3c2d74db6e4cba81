package app.spotter.workout;

/**
 * A hybrid logical clock (Kulkarni et al. 2014) for one device: every stamp it issues is later than every stamp
 * it issued or observed before, and close to the physical time it is given. It reads no clock: the caller passes
 * its server-time estimate (device clock + measured offset). One owner per device; not thread-safe.
 */
public final class HybridClock {
    private final String node;
    private Stamp last;

    /** @param last the latest stamp issued or seen, or null for a fresh device */
    public HybridClock(String node, Stamp last) {
        if (!Stamp.isNode(node)) {
            throw new IllegalArgumentException("not a node id: " + node);
        }
        this.node = node;
        this.last = last;
    }

    public String node() {
        return node;
    }

    /** The latest stamp issued or observed (persist it with the document), or null. */
    public Stamp last() {
        return last;
    }

    /** A new stamp later than everything issued or observed, at {@code physicalNow} when that is later still. */
    public Stamp next(long physicalNow) {
        long now = Math.max(0, physicalNow);
        Stamp stamp;
        if (last == null || now > last.millis()) {
            stamp = new Stamp(now, 0, node);
        } else {
            stamp = new Stamp(last.millis(), last.counter() + 1, node);
        }
        last = stamp;
        return stamp;
    }

    /** Takes in a stamp seen in another copy, so later stamps from here come after it. */
    public void observe(Stamp seen) {
        last = Stamp.max(last, seen);
    }
}
