package app.spotter.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.MemoryStorage;
import org.junit.jupiter.api.Test;

class ServerClockTest {
    private static final long T0 = 1_700_000_000_000L;
    private final MemoryStorage storage = new MemoryStorage();
    private long deviceNow = T0;
    private final ServerClock clock = new ServerClock(() -> deviceNow, storage);

    @Test
    void untilTheFirstAnswerItIsTheDeviceClock() {
        assertFalse(clock.known());
        assertEquals(T0, clock.now());
    }

    @Test
    void theOffsetTakesHalfTheRoundTrip() {
        // Sent at T0, answered at T0 + 400 by the device clock; the server, 5 minutes behind, stamped T0 - 300 s + 200.
        clock.observe(T0 - 300_000 + 200, T0, T0 + 400);
        deviceNow = T0 + 400;
        assertTrue(clock.known());
        assertEquals(-300_000, clock.offset());
        assertEquals(T0 - 300_000 + 400, clock.now());
    }

    @Test
    void aMoreExactMeasurementReplacesALessExactOne() {
        clock.observe(T0 + 60_000 + 1000, T0, T0 + 2000);
        assertEquals(60_000, clock.offset());
        clock.observe(T0 + 60_000 + 2000 + 600 + 10, T0 + 2000, T0 + 2020);
        assertEquals(60_600, clock.offset(), "20 ms round trip beats 2 s");
    }

    @Test
    void aSlowAnswerThatAgreesWithTheKeptOffsetChangesNothing() {
        clock.observe(T0 + 10_000 + 5, T0, T0 + 10);
        clock.observe(T0 + 10_000 + 1000 + 900, T0 + 1000, T0 + 3000);
        assertEquals(10_000, clock.offset(), "the 2 s round trip is less exact and within its own error");
    }

    @Test
    void anAnswerThatContradictsTheKeptOffsetWinsEvenWhenSlower() {
        clock.observe(T0 + 10_000 + 5, T0, T0 + 10);
        // The user set the device clock right: the server now matches the device within the slow answer's error.
        clock.observe(T0 + 1000 + 1000, T0 + 1000, T0 + 3000);
        assertEquals(0, clock.offset());
    }

    @Test
    void theOffsetIsKeptForTheNextPageAndSurvivesAReload() {
        clock.observe(T0 - 3_600_000, T0, T0);
        ServerClock reloaded = new ServerClock(() -> deviceNow, storage);
        assertTrue(reloaded.known());
        assertEquals(-3_600_000, reloaded.offset());
        assertEquals(T0 - 3_600_000, reloaded.now());
    }

    @Test
    void anUnreadableStoredValueIsMeasuredAgain() {
        storage.put(ServerClock.KEY, "not,a,number");
        ServerClock reloaded = new ServerClock(() -> deviceNow, storage);
        assertFalse(reloaded.known());
        assertEquals(T0, reloaded.now());
    }

    @Test
    void answersWithoutATimeOrArrivingBeforeTheyLeftAreIgnored() {
        clock.observe(0, T0, T0 + 10);
        clock.observe(T0 + 5000, T0 + 10, T0);
        assertFalse(clock.known());
    }
}
