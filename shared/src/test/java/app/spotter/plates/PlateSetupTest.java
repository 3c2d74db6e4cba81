package app.spotter.plates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlateSetupTest {
    @Test
    void withPoundsChosenTheDefaultsAreAFortyFivePoundBarAndPoundPlates() {
        PlateSetup lb = PlateSetup.defaultFor(WeightUnit.LB);
        assertEquals(WeightUnit.LB, lb.unit());
        assertEquals(45, lb.barWeight());
        assertEquals(List.of(45.0, 35.0, 25.0, 10.0, 5.0, 2.5), lb.plates().stream().map(Plate::weight).toList());
    }

    @Test
    void withKilogramsChosenTheDefaultsAreATwentyKiloBarAndKiloPlates() {
        PlateSetup kg = PlateSetup.defaultFor(WeightUnit.KG);
        assertEquals(20, kg.barWeight());
        assertEquals(List.of(25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25), kg.plates().stream().map(Plate::weight).toList());
    }
}
