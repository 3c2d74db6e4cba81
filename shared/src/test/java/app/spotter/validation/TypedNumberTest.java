package app.spotter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TypedNumberTest {
    @Test
    void decimalsReadWithAPointOrAComma() {
        assertEquals(62.5, TypedNumber.decimal("62.5"));
        assertEquals(62.5, TypedNumber.decimal("62,5"));
        assertEquals(60.0, TypedNumber.decimal(" 60 "));
        assertEquals(0.5, TypedNumber.decimal(".5"));
        assertEquals(5.0, TypedNumber.decimal("5."));
        assertEquals(-5.0, TypedNumber.decimal("-5"), "read, so the range check can say what is wrong");
    }

    @Test
    void textThatIsNotAPlainNumberIsNoDecimal() {
        for (String text : new String[] {"", "  ", "-", ".", ",", "abc", "1e3", "NaN", "Infinity", "0x10", "1.2.3",
                "1,2.3", "12kg", "+5", "5d", null}) {
            assertNull(TypedNumber.decimal(text), "\"" + text + "\"");
        }
    }

    @Test
    void wholeNumbersRefuseFractionsAndPinHugeValues() {
        assertEquals(8, TypedNumber.whole("8"));
        assertEquals(90, TypedNumber.whole(" 90 "));
        assertEquals(-1, TypedNumber.whole("-1"));
        assertNull(TypedNumber.whole("8.0"));
        assertNull(TypedNumber.whole("8,5"));
        assertNull(TypedNumber.whole(""));
        assertNull(TypedNumber.whole("-"));
        assertNull(TypedNumber.whole("eight"));
        assertEquals(Integer.MAX_VALUE, TypedNumber.whole("99999999999999999999"));
        assertEquals(Integer.MIN_VALUE, TypedNumber.whole("-99999999999999999999"));
    }

    @Test
    void weightsAreWrittenWithoutATrailingZero() {
        assertEquals("60", TypedNumber.decimalText(60.0));
        assertEquals("62.5", TypedNumber.decimalText(62.5));
        assertEquals("0", TypedNumber.decimalText(0));
        assertEquals("1.25", TypedNumber.decimalText(1.25));
    }
}
