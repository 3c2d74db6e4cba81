package app.spotter.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginLimiter limiter = new LoginLimiter(now::get);

    @Test
    void tenAttemptsAMinutePerAddressThenAWait() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limiter.admit("10.0.0.1", "owner"));
        }
        long wait = limiter.admit("10.0.0.1", "owner");
        assertTrue(wait > 0 && wait <= 60, "wait " + wait);
        assertEquals(0, limiter.admit("10.0.0.2", "owner"), "another address is not held up");
        now.addAndGet(60_001);
        assertEquals(0, limiter.admit("10.0.0.1", "owner"), "a minute later it may try again");
    }

    @Test
    void aHundredFailuresAnHourLockTheAccountFromEveryAddress() {
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.admit("10.0." + (i / 250) + "." + (i % 250), "Owner"));
            limiter.failed("owner");
        }
        assertTrue(limiter.admit("192.168.1.9", "OWNER") > 0, "names match regardless of case");
        now.addAndGet(3_600_001);
        assertEquals(0, limiter.admit("192.168.1.9", "owner"));
    }
}
