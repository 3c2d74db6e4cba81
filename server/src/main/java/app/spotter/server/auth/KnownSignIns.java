package app.spotter.server.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-ins already looked up, by token hash, so a signed-in request need not read the database each time: only
 * where this server is the only one that can end a sign-in (SQLite); elsewhere it keeps nothing. Whatever ends
 * sign-ins calls {@link #forgetAll} once its write is committed; a lookup that read the database before that moment
 * is not kept ({@link #generation}).
 */
final class KnownSignIns {
    /** Sign-ins kept at most; beyond, it starts again (a household has a few). */
    static final int MAX = 256;

    private record Known(User user, long expiresAt) {
    }

    private final int capacity;
    private final Map<String, Known> byHash = new HashMap<>();
    private long generation;

    /** {@code capacity} 0 keeps nothing (a database other servers write too). */
    KnownSignIns(int capacity) {
        this.capacity = capacity;
    }

    /** The user of the sign-in with this token hash, if known and not expired at {@code now}. */
    synchronized Optional<User> find(String hash, long now) {
        Known known = byHash.get(hash);
        return known != null && known.expiresAt() > now ? Optional.of(known.user()) : Optional.empty();
    }

    /** Taken before reading a sign-in from the database, and handed to {@link #remember} with what was read. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps what was read, unless sign-ins were ended since {@code generationRead} (the read may predate that). */
    synchronized void remember(String hash, User user, long expiresAt, long generationRead) {
        if (capacity == 0 || generationRead != generation) {
            return;
        }
        if (byHash.size() >= capacity) {
            byHash.clear();
        }
        byHash.put(hash, new Known(user, expiresAt));
    }

    /** Some sign-ins were ended (sign-out, password reset, member removed): every one is read again. */
    synchronized void forgetAll() {
        generation++;
        byHash.clear();
    }
}
