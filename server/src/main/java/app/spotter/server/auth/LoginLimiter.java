package app.spotter.server.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows password guessing without locking anyone out (OWASP): failures from one address and failures against one
 * account each earn a wait that doubles with every further failure (1 s, 2 s, 4 s ... at most 15 minutes), and a
 * device that signed in to the account before (its device cookie) is held up by neither: only by its own failures.
 * Kept in memory: a restart forgets it, which costs a guesser little.
 */
public final class LoginLimiter {
    static final int FREE_FAILURES_PER_ADDRESS = 5;
    static final int FREE_FAILURES_PER_ACCOUNT = 10;
    /** A device that fails this often loses its standing and waits like any other. */
    static final int FAILURES_BEFORE_DEVICE_DISTRUSTED = 5;
    static final long MAX_WAIT_SECONDS = 15 * 60;
    private static final long FORGET_AFTER_MILLIS = 60 * 60 * 1000;
    private static final int MAX_TRACKED = 10_000;

    private final LongSupplier clock;
    private final Map<String, Strikes> byAddress = new HashMap<>();
    private final Map<String, Strikes> byAccount = new HashMap<>();
    private final Map<String, Strikes> byDevice = new HashMap<>();

    public LoginLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    /** Failures and when the last one was. */
    private static final class Strikes {
        int count;
        long last;
    }

    /** Seconds this attempt must wait (0: it may go ahead); a trusted device waits only for its own failures. */
    public synchronized long waitSeconds(String address, String account, String trustedDevice) {
        long now = clock.getAsLong();
        if (trustedDevice != null) {
            return wait(byDevice, trustedDevice, 0, now);
        }
        return Math.max(wait(byAddress, address, FREE_FAILURES_PER_ADDRESS, now),
                wait(byAccount, key(account), FREE_FAILURES_PER_ACCOUNT, now));
    }

    /** False once a device has failed too often: from then on it is treated as any unknown device. */
    public synchronized boolean deviceInGoodStanding(String device) {
        Strikes strikes = current(byDevice, device, clock.getAsLong());
        return strikes == null || strikes.count < FAILURES_BEFORE_DEVICE_DISTRUSTED;
    }

    public synchronized void failed(String address, String account, String trustedDevice) {
        long now = clock.getAsLong();
        if (trustedDevice != null) {
            strike(byDevice, trustedDevice, now);
            return;
        }
        strike(byAddress, address, now);
        strike(byAccount, key(account), now);
    }

    /** A trusted device's success clears only its own failures: the guesses from elsewhere still count. */
    public synchronized void succeeded(String address, String account, String trustedDevice) {
        if (trustedDevice != null) {
            byDevice.remove(trustedDevice);
            return;
        }
        byAddress.remove(address);
        byAccount.remove(key(account));
    }

    private static long wait(Map<String, Strikes> map, String key, int free, long now) {
        Strikes strikes = current(map, key, now);
        if (strikes == null || strikes.count < free) {
            return 0;
        }
        int doublings = Math.min(30, strikes.count - free);
        long waitSeconds = Math.min(MAX_WAIT_SECONDS, 1L << doublings);
        long until = strikes.last + waitSeconds * 1000;
        return until <= now ? 0 : Math.max(1, (until - now + 999) / 1000);
    }

    private static Strikes current(Map<String, Strikes> map, String key, long now) {
        Strikes strikes = map.get(key);
        if (strikes != null && strikes.last + FORGET_AFTER_MILLIS <= now) {
            map.remove(key);
            return null;
        }
        return strikes;
    }

    private static void strike(Map<String, Strikes> map, String key, long now) {
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(s -> s.last + FORGET_AFTER_MILLIS <= now);
            if (map.size() >= MAX_TRACKED) {
                map.clear();
            }
        }
        Strikes strikes = current(map, key, now);
        if (strikes == null) {
            strikes = new Strikes();
            map.put(key, strikes);
        }
        strikes.count++;
        strikes.last = now;
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }
}
