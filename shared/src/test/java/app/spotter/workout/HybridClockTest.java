package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HybridClockTest {
    @Test
    void followsPhysicalTimeWhenItMovesOn() {
        HybridClock clock = new HybridClock("a", null);
        assertEquals(new Stamp(1000, 0, "a"), clock.next(1000));
        assertEquals(new Stamp(2000, 0, "a"), clock.next(2000));
    }

    @Test
    void countsWithinOneMillisecondAndWhenPhysicalTimeGoesBack() {
        HybridClock clock = new HybridClock("a", null);
        Stamp first = clock.next(1000);
        Stamp second = clock.next(1000);
        Stamp third = clock.next(400);
        assertEquals(new Stamp(1000, 1, "a"), second);
        assertEquals(new Stamp(1000, 2, "a"), third);
        assertTrue(third.isAfter(second) && second.isAfter(first));
    }

    @Test
    void aChangeMadeAfterSeeingAnotherIsLaterWhateverTheClockSays() {
        HybridClock fast = new HybridClock("fast", null);
        HybridClock slow = new HybridClock("slow", null);
        Stamp fromFast = fast.next(1_000_000 + 300_000);
        slow.observe(fromFast);
        Stamp fromSlow = slow.next(1_000_000);
        assertTrue(fromSlow.isAfter(fromFast));
        assertEquals(fromFast.millis(), fromSlow.millis());
    }

    @Test
    void observingAnOlderStampChangesNothing() {
        HybridClock clock = new HybridClock("a", null);
        Stamp mine = clock.next(5000);
        clock.observe(new Stamp(10, 0, "b"));
        assertEquals(mine, clock.last());
        assertTrue(clock.next(5000).isAfter(mine));
    }
}
