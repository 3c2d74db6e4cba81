package app.spotter.plates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpsTest {
    private final PlateCalculator kg = new PlateCalculator(PlateSetup.defaultKg());

    @Test
    void proposesBarThenFortySixtyEightyPercentRoundedToLoadableWeights() {
        assertEquals(List.of(new WarmUpSet(20, 10), new WarmUpSet(40, 5), new WarmUpSet(60, 3),
                new WarmUpSet(80, 2)), WarmUps.propose(100, kg));
        assertEquals(List.of(new WarmUpSet(20, 10), new WarmUpSet(35, 5), new WarmUpSet(52.5, 3),
                new WarmUpSet(70, 2)), WarmUps.propose(87.5, kg));
    }

    @Test
    void aLightWorkingWeightSkipsStepsThatWouldRepeatTheBar() {
        assertEquals(List.of(new WarmUpSet(20, 10), new WarmUpSet(25, 2)), WarmUps.propose(30, kg));
    }

    @Test
    void noWarmUpsAtOrBelowTheBar() {
        assertEquals(List.of(), WarmUps.propose(20, kg));
        assertEquals(List.of(), WarmUps.propose(10, kg));
    }

    @Test
    void poundsRoundToFivePoundSteps() {
        PlateCalculator lb = new PlateCalculator(PlateSetup.defaultLb());
        assertEquals(List.of(new WarmUpSet(45, 10), new WarmUpSet(90, 5), new WarmUpSet(135, 3),
                new WarmUpSet(180, 2)), WarmUps.propose(225, lb));
    }
}
