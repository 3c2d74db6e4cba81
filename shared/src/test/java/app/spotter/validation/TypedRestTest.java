package app.spotter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TypedRestTest {
    @Test
    void readsMinutesAndSecondsOrWholeSeconds() {
        assertEquals(120, TypedRest.seconds("2:00"));
        assertEquals(90, TypedRest.seconds(" 01:30 "));
        assertEquals(90, TypedRest.seconds("90"));
        assertEquals(3600, TypedRest.seconds("60:00"));
        assertNull(TypedRest.seconds("1:5"), "seconds are two digits");
        assertNull(TypedRest.seconds("1:60"));
        assertNull(TypedRest.seconds("-1:00"));
        assertNull(TypedRest.seconds("2:00 to 3:00"), "one time per box");
        assertNull(TypedRest.seconds(""));
        assertEquals("02:00", TypedRest.text(120));
    }

    @Test
    void anEmptyLongestRestIsNoWindow() {
        assertEquals(0, TypedRest.maxSeconds(""));
        assertEquals(0, TypedRest.maxSeconds("  "));
        assertEquals(180, TypedRest.maxSeconds("3:00"));
        assertNull(TypedRest.maxSeconds("3 min"));
        assertEquals("", TypedRest.maxText(120, 0));
        assertEquals("03:00", TypedRest.maxText(120, 180));
    }
}
