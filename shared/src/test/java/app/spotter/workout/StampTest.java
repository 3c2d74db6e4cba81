package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StampTest {
    @Test
    void ordersByMillisThenCounterThenNode() {
        Stamp a = new Stamp(5, 9, "z");
        Stamp b = new Stamp(6, 0, "a");
        Stamp c = new Stamp(6, 1, "a");
        Stamp d = new Stamp(6, 1, "b");
        assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0 && c.compareTo(d) < 0);
        assertTrue(d.isAfter(a));
        assertTrue(a.isAfter(null));
        assertFalse(a.isAfter(a));
        assertEquals(d, Stamp.max(c, d));
        assertEquals(c, Stamp.min(d, c));
        assertEquals(c, Stamp.max(null, c));
    }

    @Test
    void textFormRoundTrips() {
        Stamp stamp = new Stamp(1764620000000L, 3, "k3f9a2");
        assertEquals("1764620000000.3.k3f9a2", stamp.text());
        assertEquals(stamp, Stamp.parse(stamp.text()));
    }

    @Test
    void malformedTextIsRefused() {
        for (String bad : new String[] {"", "12", "12.3", "12.3.", "a.0.n", "12.-1.n", "12.0.no.dots", "12.0.n n",
                "99999999999999999.0.n", null}) {
            assertThrows(IllegalArgumentException.class, () -> Stamp.parse(bad), String.valueOf(bad));
        }
    }
}
