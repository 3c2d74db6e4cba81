package app.spotter.client.api;

import app.spotter.client.platform.Clock;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.StorageFullException;

/**
 * The server's time as this device best knows it: the device clock plus an offset measured from API answers
 * ({@code serverTime + round trip / 2 - arrival}). Every time the player records or shows (start, timer, rest,
 * finish) comes from here, so a device whose clock is wrong still shows and logs the right times once it has
 * talked to the server once. The offset is kept in localStorage (device-wide: it is the device's clock that is
 * off, whoever is signed in), so it holds offline and across reloads.
 */
public final class ServerClock implements Clock {
    static final String KEY = "spotter.serverClock";
    // How much less sure a kept measurement gets each minute (device clocks drift a few ms a minute at most).
    private static final long DRIFT_MILLIS_PER_MINUTE = 1;
    private final Clock device;
    private final KeyValueStore storage;
    private boolean known;
    private long offset;
    private long halfTrip;
    private long measuredAt;

    public ServerClock(Clock device, KeyValueStore storage) {
        this.device = device;
        this.storage = storage;
        load();
    }

    /** Server time now, in epoch ms: the device clock until a first answer, then corrected. */
    @Override
    public long now() {
        return device.now() + offset;
    }

    /** The device's own clock, for measuring round trips and scheduling. */
    public long deviceNow() {
        return device.now();
    }

    /** Server time minus device time, in ms (0 until measured). */
    public long offset() {
        return offset;
    }

    public boolean known() {
        return known;
    }

    /**
     * One answer: the server's time when it answered, and when the request left and the answer arrived by the
     * device clock. A measurement replaces the kept one when it is at least as precise (a shorter round trip), or
     * when the two cannot both be right (the device clock was changed since).
     */
    public void observe(long serverTime, long sentAt, long receivedAt) {
        if (serverTime <= 0 || receivedAt < sentAt) {
            return;
        }
        long half = (receivedAt - sentAt) / 2;
        long estimate = serverTime + half - receivedAt;
        long keptUncertainty = halfTrip + Math.max(0, receivedAt - measuredAt) / 60_000 * DRIFT_MILLIS_PER_MINUTE;
        boolean contradicts = Math.abs(estimate - offset) > half + keptUncertainty;
        if (!known || half <= keptUncertainty || contradicts) {
            known = true;
            offset = estimate;
            halfTrip = half;
            measuredAt = receivedAt;
            save();
        }
    }

    private void load() {
        String raw = storage.get(KEY);
        if (raw == null) {
            return;
        }
        int first = raw.indexOf(',');
        int second = raw.indexOf(',', first + 1);
        try {
            if (first > 0 && second > first) {
                long o = Long.parseLong(raw.substring(0, first));
                long h = Long.parseLong(raw.substring(first + 1, second));
                long m = Long.parseLong(raw.substring(second + 1));
                offset = o;
                halfTrip = h;
                measuredAt = m;
                known = true;
            }
        } catch (NumberFormatException unreadable) {
            // Measured again with the next answer.
        }
    }

    private void save() {
        try {
            storage.put(KEY, offset + "," + halfTrip + "," + measuredAt);
        } catch (StorageFullException full) {
            // Kept in memory for this page; measured again after a reload.
        }
    }
}
