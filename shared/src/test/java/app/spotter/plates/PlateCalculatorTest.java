package app.spotter.plates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.WeightUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlateCalculatorTest {
    private final PlateCalculator kg = new PlateCalculator(PlateSetup.defaultKg());

    @Test
    void loadsHeaviestPlatesFirstPerSide() {
        PlateLoad load = kg.load(102.5);
        assertEquals(List.of(25.0, 15.0, 1.25), load.perSide());
        assertEquals(102.5, load.total());
        assertTrue(load.exact());
    }

    @Test
    void theBarAloneNeedsNoPlates() {
        PlateLoad load = kg.load(20);
        assertEquals(List.of(), load.perSide());
        assertTrue(load.exact());
    }

    @Test
    void belowTheBarIsTheBarAndNotExact() {
        PlateLoad load = kg.load(15);
        assertEquals(20.0, load.total());
        assertFalse(load.exact());
    }

    @Test
    void aWeightThePlatesCannotMakeGivesTheHeaviestBelow() {
        PlateLoad load = kg.load(21);
        assertEquals(20.0, load.total());
        assertFalse(load.exact());
        assertEquals(22.5, kg.load(23.4).total());
    }

    @Test
    void backsOffALargePlateWhenSmallerOnesMakeItExactly() {
        // Only 20s and 15s: 30 a side is 2 x 15, not 20 and a remainder.
        PlateCalculator calc = new PlateCalculator(new PlateSetup(WeightUnit.KG, 20,
                List.of(new Plate(20, 2), new Plate(15, 2))));
        PlateLoad load = calc.load(80);
        assertEquals(List.of(15.0, 15.0), load.perSide());
        assertTrue(load.exact());
    }

    @Test
    void runsOutOfPlatesAtTheInventory() {
        PlateCalculator calc = new PlateCalculator(new PlateSetup(WeightUnit.KG, 20, List.of(new Plate(10, 1))));
        PlateLoad load = calc.load(100);
        assertEquals(List.of(10.0), load.perSide());
        assertEquals(40.0, load.total());
        assertFalse(load.exact());
    }

    @Test
    void poundDefaultsUseAFortyFivePoundBar() {
        PlateCalculator lb = new PlateCalculator(PlateSetup.defaultLb());
        PlateLoad load = lb.load(225);
        assertEquals(List.of(45.0, 45.0), load.perSide());
        assertEquals(WeightUnit.LB, lb.setup().unit());
        assertEquals(List.of(45.0, 35.0, 5.0, 2.5), lb.load(220).perSide());
    }

    @Test
    void nearestRoundsToTheCloserLoadableWeightAndTiesDown() {
        assertEquals(22.5, kg.nearest(23.4));
        assertEquals(25.0, kg.nearest(24.0));
        assertEquals(22.5, kg.nearest(23.75));
        assertEquals(20.0, kg.nearest(5));
    }

    @Test
    void platesAreSortedAndEachSizeListedOnce() {
        PlateSetup setup = new PlateSetup(WeightUnit.KG, 20, List.of(new Plate(5, 1), new Plate(25, 1)));
        assertEquals(25.0, setup.plates().get(0).weight());
        assertThrows(IllegalArgumentException.class,
                () -> new PlateSetup(WeightUnit.KG, 20, List.of(new Plate(5, 1), new Plate(5, 2))));
        assertThrows(IllegalArgumentException.class, () -> new Plate(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Plate(5, -1));
        assertThrows(IllegalArgumentException.class, () -> new PlateSetup(WeightUnit.KG, -1, List.of()));
    }
}
