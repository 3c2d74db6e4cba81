package app.spotter.client.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void decimalsReadWithAPointOrAComma() {
        assertEquals(62.5, NumberText.decimal("62.5"));
        assertEquals(62.5, NumberText.decimal("62,5"));
        assertEquals(60.0, NumberText.decimal(" 60 "));
        assertEquals(0.5, NumberText.decimal(".5"));
        assertEquals(5.0, NumberText.decimal("5."));
        assertEquals(-5.0, NumberText.decimal("-5"), "read, so the range check can say what is wrong");
    }

    @Test
    void textThatIsNotAPlainNumberIsNoDecimal() {
        for (String text : new String[] {"", "  ", "-", ".", ",", "abc", "1e3", "NaN", "Infinity", "0x10", "1.2.3",
                "1,2.3", "12kg", "+5", "5d", null}) {
            assertNull(NumberText.decimal(text), "\"" + text + "\"");
        }
    }

    @Test
    void wholeNumbersRefuseFractionsAndPinHugeValues() {
        assertEquals(8, NumberText.whole("8"));
        assertEquals(90, NumberText.whole(" 90 "));
        assertEquals(-1, NumberText.whole("-1"));
        assertNull(NumberText.whole("8.0"));
        assertNull(NumberText.whole("8,5"));
        assertNull(NumberText.whole(""));
        assertNull(NumberText.whole("-"));
        assertNull(NumberText.whole("eight"));
        assertEquals(Integer.MAX_VALUE, NumberText.whole("99999999999999999999"));
        assertEquals(Integer.MIN_VALUE, NumberText.whole("-99999999999999999999"));
    }

    @Test
    void weightsAreWrittenWithoutATrailingZero() {
        assertEquals("60", NumberText.decimalText(60.0));
        assertEquals("62.5", NumberText.decimalText(62.5));
        assertEquals("0", NumberText.decimalText(0));
        assertEquals("1.25", NumberText.decimalText(1.25));
    }
}
