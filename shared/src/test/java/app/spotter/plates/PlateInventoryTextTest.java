package app.spotter.plates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlateInventoryTextTest {
    @Test
    void readsSizesAndPairsAndWritesThemBack() {
        List<Plate> plates = PlateInventoryText.parse(" 25x4, 20 X 2,1.25x2, 5 ");
        assertEquals(List.of(new Plate(25, 4), new Plate(20, 2), new Plate(1.25, 2), new Plate(5, 1)), plates);
        assertEquals("25x4, 20x2, 1.25x2, 5x1", PlateInventoryText.write(plates));
        assertEquals(PlateSetup.defaultKg().plates(),
                PlateInventoryText.parse(PlateInventoryText.write(PlateSetup.defaultKg().plates())));
    }

    @Test
    void badInputSaysWhichItemIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlateInventoryText.parse("25x4, ten"));
        assertTrue(e.getMessage().contains("\u201cten\u201d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlateInventoryText.parse(" , "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlateInventoryText.parse("0x2")).getMessage()
                .contains("\u201c0x2\u201d"));
        assertThrows(IllegalArgumentException.class, () -> PlateInventoryText.parse("5x-1"));
    }

    @Test
    void numbersLoseTrailingZeros() {
        assertEquals("25", PlateInventoryText.number(25));
        assertEquals("2.5", PlateInventoryText.number(2.5));
        assertEquals("1.25", PlateInventoryText.number(1.25));
        assertEquals("0.05", PlateInventoryText.number(0.05));
    }
}
