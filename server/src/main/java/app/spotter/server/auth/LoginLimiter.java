package app.spotter.server.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: at most 10 sign-in attempts a minute from one address, and at most 100 failed
 * attempts an hour against one account name. Kept in memory: a restart forgets it, which costs a guesser little.
 */
public final class LoginLimiter {
    static final int PER_ADDRESS_PER_MINUTE = 10;
    static final int FAILURES_PER_ACCOUNT_PER_HOUR = 100;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final int MAX_TRACKED = 10_000;

    private final LongSupplier clock;
    private final Map<String, Deque<Long>> attemptsByAddress = new HashMap<>();
    private final Map<String, Deque<Long>> failuresByAccount = new HashMap<>();

    public LoginLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    /** Counts an attempt; returns the seconds to wait when it is one too many, or 0 when it may go ahead. */
    public synchronized long admit(String address, String account) {
        long now = clock.getAsLong();
        Deque<Long> failures = recent(failuresByAccount, key(account), now - HOUR);
        if (failures.size() >= FAILURES_PER_ACCOUNT_PER_HOUR) {
            return secondsUntil(failures.peekFirst() + HOUR, now);
        }
        Deque<Long> attempts = recent(attemptsByAddress, address, now - MINUTE);
        if (attempts.size() >= PER_ADDRESS_PER_MINUTE) {
            return secondsUntil(attempts.peekFirst() + MINUTE, now);
        }
        attempts.addLast(now);
        return 0;
    }

    public synchronized void failed(String account) {
        long now = clock.getAsLong();
        recent(failuresByAccount, key(account), now - HOUR).addLast(now);
    }

    private Deque<Long> recent(Map<String, Deque<Long>> map, String key, long since) {
        if (map.size() > MAX_TRACKED) {
            map.values().removeIf(times -> times.isEmpty() || times.peekLast() < since);
        }
        Deque<Long> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= since) {
            times.removeFirst();
        }
        return times;
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private static long secondsUntil(long when, long now) {
        return Math.max(1, (when - now + 999) / 1000);
    }
}
