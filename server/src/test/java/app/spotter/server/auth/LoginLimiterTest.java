package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.server.db.Database;
import app.spotter.server.db.DatabaseLocation;
import app.spotter.server.support.TestPostgres;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private Database db;
    private LoginLimiter limiter;

    @BeforeEach
    void limiterOverADatabase(@TempDir Path dir) {
        db = Database.open(dir.resolve("spotter.db"));
        limiter = new LoginLimiter(db, now::get);
    }

    @Test
    void twoServersOfOneDatabaseCountTheSameGuesses() {
        DatabaseLocation location = TestPostgres.cluster().freshDatabase();
        try (Database shared = Database.open(location); Database sameDatabase = Database.open(location)) {
            LoginLimiter one = new LoginLimiter(shared, now::get);
            LoginLimiter other = new LoginLimiter(sameDatabase, now::get);
            for (int i = 0; i < LoginLimiter.FREE_FAILURES_PER_ADDRESS; i++) {
                (i % 2 == 0 ? one : other).failed("10.0.0.1", "name" + i, null);
            }
            assertTrue(other.waitSeconds("10.0.0.1", "x", null) > 0, "the other server sees the guesses");
            one.succeeded("10.0.0.1", "name0", null);
            assertEquals(0, other.waitSeconds("10.0.0.1", "x", null));
        }
    }

    @Test
    void aFailureAnHourOldIsForgotten() {
        for (int i = 0; i < LoginLimiter.FAILURES_BEFORE_DEVICE_DISTRUSTED; i++) {
            limiter.failed("10.0.0.1", "owner", "device-a");
        }
        assertFalse(limiter.deviceInGoodStanding("device-a"));
        now.addAndGet(60 * 60 * 1000);
        assertTrue(limiter.deviceInGoodStanding("device-a"));
        limiter.failed("10.0.0.1", "owner", "device-b");
        assertEquals(1, (int) db.read(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_strikes")
                .mapTo(Integer.class).one()), "old rows are purged");
    }

    @Test
    void failuresFromOneAddressEarnAWaitThatDoublesUpToFifteenMinutes() {
        for (int i = 0; i < LoginLimiter.FREE_FAILURES_PER_ADDRESS; i++) {
            assertEquals(0, limiter.waitSeconds("10.0.0.1", "name" + i, null));
            limiter.failed("10.0.0.1", "name" + i, null);
        }
        long previous = 0;
        for (int i = 0; i < 14; i++) {
            long wait = limiter.waitSeconds("10.0.0.1", "other" + i, null);
            assertTrue(wait >= previous && wait <= LoginLimiter.MAX_WAIT_SECONDS, "wait " + wait);
            assertEquals(0, limiter.waitSeconds("10.0.0.2", "other" + i, null), "another address is not held up");
            previous = wait;
            now.addAndGet(wait * 1000);
            limiter.failed("10.0.0.1", "other" + i, null);
        }
        assertEquals(LoginLimiter.MAX_WAIT_SECONDS, limiter.waitSeconds("10.0.0.1", "x", null));
    }

    @Test
    void failuresAgainstAnAccountHoldUpNewDevicesButNeverATrustedOne() {
        for (int i = 0; i < 100; i++) {
            limiter.failed("10.0." + (i / 10) + ".1", "Owner", null);
        }
        long wait = limiter.waitSeconds("192.168.1.9", "OWNER", null);
        assertTrue(wait > 0 && wait <= LoginLimiter.MAX_WAIT_SECONDS, "names match regardless of case: " + wait);
        assertEquals(0, limiter.waitSeconds("192.168.1.9", "owner", "device-a"));
        now.addAndGet(LoginLimiter.MAX_WAIT_SECONDS * 1000);
        assertEquals(0, limiter.waitSeconds("192.168.1.9", "owner", null), "the wait ends: no lockout");
    }

    @Test
    void aTrustedDeviceThatFailsOftenLosesItsStanding() {
        for (int i = 0; i < LoginLimiter.FAILURES_BEFORE_DEVICE_DISTRUSTED; i++) {
            assertTrue(limiter.deviceInGoodStanding("device-a"));
            limiter.failed("10.0.0.1", "owner", "device-a");
        }
        assertFalse(limiter.deviceInGoodStanding("device-a"));
        assertTrue(limiter.deviceInGoodStanding("device-b"));
    }
}
