package app.spotter.server.auth;

import app.spotter.server.db.Database;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * Slows password guessing without locking anyone out (OWASP): failures from one address and failures against one
 * account each earn a wait that doubles with every further failure (1 s, 2 s, 4 s ... at most 15 minutes), and a
 * device that signed in to the account before (its device cookie) is held up by neither: only by its own failures.
 * The failures are kept in the database ({@code sign_in_strikes}), so every server of a shared database counts
 * the same guesses; a failure an hour old is forgotten.
 */
public final class LoginLimiter {
    static final int FREE_FAILURES_PER_ADDRESS = 5;
    static final int FREE_FAILURES_PER_ACCOUNT = 10;
    /** A device that fails this often loses its standing and waits like any other. */
    static final int FAILURES_BEFORE_DEVICE_DISTRUSTED = 5;
    static final long MAX_WAIT_SECONDS = 15 * 60;
    private static final long FORGET_AFTER_MILLIS = 60 * 60 * 1000;

    private static final String ADDRESS = "address";
    private static final String ACCOUNT = "account";
    private static final String DEVICE = "device";

    private final Database db;
    private final LongSupplier clock;

    public LoginLimiter(Database db, LongSupplier clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Failures and when the last one was. */
    private record Strikes(int count, long last) {
    }

    /** Seconds this attempt must wait (0: it may go ahead); a trusted device waits only for its own failures. */
    public long waitSeconds(String address, String account, String trustedDevice) {
        long now = clock.getAsLong();
        if (trustedDevice != null) {
            return wait(DEVICE, trustedDevice, 0, now);
        }
        return Math.max(wait(ADDRESS, String.valueOf(address), FREE_FAILURES_PER_ADDRESS, now),
                wait(ACCOUNT, key(account), FREE_FAILURES_PER_ACCOUNT, now));
    }

    /** False once a device has failed too often: from then on it is treated as any unknown device. */
    public boolean deviceInGoodStanding(String device) {
        Strikes strikes = current(DEVICE, device, clock.getAsLong());
        return strikes == null || strikes.count() < FAILURES_BEFORE_DEVICE_DISTRUSTED;
    }

    public void failed(String address, String account, String trustedDevice) {
        long now = clock.getAsLong();
        db.write(h -> {
            h.createUpdate("DELETE FROM sign_in_strikes WHERE last_at <= :cutoff")
                    .bind("cutoff", now - FORGET_AFTER_MILLIS).execute();
            if (trustedDevice != null) {
                strike(h, DEVICE, trustedDevice, now);
            } else {
                strike(h, ADDRESS, String.valueOf(address), now);
                strike(h, ACCOUNT, key(account), now);
            }
            return null;
        });
    }

    /** A trusted device's success clears only its own failures: the guesses from elsewhere still count. */
    public void succeeded(String address, String account, String trustedDevice) {
        db.write(h -> {
            if (trustedDevice != null) {
                forget(h, DEVICE, trustedDevice);
            } else {
                forget(h, ADDRESS, String.valueOf(address));
                forget(h, ACCOUNT, key(account));
            }
            return null;
        });
    }

    private long wait(String scope, String subject, int free, long now) {
        Strikes strikes = current(scope, subject, now);
        if (strikes == null || strikes.count() < free) {
            return 0;
        }
        int doublings = Math.min(30, strikes.count() - free);
        long waitSeconds = Math.min(MAX_WAIT_SECONDS, 1L << doublings);
        long until = strikes.last() + waitSeconds * 1000;
        return until <= now ? 0 : Math.max(1, (until - now + 999) / 1000);
    }

    private Strikes current(String scope, String subject, long now) {
        return db.read(h -> h.createQuery("SELECT failures, last_at FROM sign_in_strikes WHERE scope = :scope"
                        + " AND subject = :subject AND last_at > :cutoff")
                .bind("scope", scope).bind("subject", subject).bind("cutoff", now - FORGET_AFTER_MILLIS)
                .map((rs, ctx) -> new Strikes(rs.getInt("failures"), rs.getLong("last_at")))
                .findOne().orElse(null));
    }

    // One statement: two servers counting failures of one address at once both count.
    private static void strike(Handle h, String scope, String subject, long now) {
        h.createUpdate("INSERT INTO sign_in_strikes (scope, subject, failures, last_at)"
                        + " VALUES (:scope, :subject, 1, :now) ON CONFLICT (scope, subject)"
                        + " DO UPDATE SET failures = sign_in_strikes.failures + 1, last_at = :now")
                .bind("scope", scope).bind("subject", subject).bind("now", now).execute();
    }

    private static void forget(Handle h, String scope, String subject) {
        h.createUpdate("DELETE FROM sign_in_strikes WHERE scope = :scope AND subject = :subject")
                .bind("scope", scope).bind("subject", subject).execute();
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }
}
