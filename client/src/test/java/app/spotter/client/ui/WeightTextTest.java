package app.spotter.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import org.junit.jupiter.api.Test;

class WeightTextTest {
    @Test
    void kilogramsAreShownAsStoredToATenth() {
        assertEquals("60 kg", WeightText.of(60, WeightUnit.KG));
        assertEquals("62.5 kg", WeightText.of(62.5, WeightUnit.KG));
        assertEquals("1.1 kg", WeightText.of(1.125, WeightUnit.KG));
    }

    @Test
    void poundsAreConvertedAtTheEdgeAndRoundedToATenth() {
        assertEquals("220.5 lb", WeightText.of(100, WeightUnit.LB));
        assertEquals("45 lb", WeightText.of(WeightUnit.LB.toKg(45), WeightUnit.LB), "typed 45 lb reads back 45");
        assertEquals("0 lb", WeightText.of(0, WeightUnit.LB));
    }

    @Test
    void totalsAreWholeWithThousandsApart() {
        assertEquals("12\u2009346 kg", WeightText.total(12_345.6, WeightUnit.KG));
        assertEquals("2\u2009205", WeightText.totalNumber(1_000, WeightUnit.LB));
    }
}
