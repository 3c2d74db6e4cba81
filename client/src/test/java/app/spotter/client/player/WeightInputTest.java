package app.spotter.client.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import org.junit.jupiter.api.Test;

class WeightInputTest {
    @Test
    void kilogramsAreShownAndTakenAsStored() {
        assertEquals("1.125", WeightInput.shown(1.125, WeightUnit.KG));
        assertEquals("62.5", WeightInput.toKgText("62.5", 60, WeightUnit.KG));
    }

    @Test
    void poundsTypedAreStoredAsKilogramsToTheGram() {
        assertEquals("220.5", WeightInput.shown(100, WeightUnit.LB));
        assertEquals("102.058", WeightInput.toKgText("225", 100, WeightUnit.LB));
        assertEquals("225", WeightInput.shown(102.058, WeightUnit.LB), "shows again what was typed");
    }

    @Test
    void anUntouchedPoundBoxLeavesTheStoredWeightExactly() {
        assertEquals("100", WeightInput.toKgText("220.5", 100, WeightUnit.LB), "not 220.5 lb = 100.017 kg");
    }

    @Test
    void textThatIsNotANumberIsPassedOnForTheUsualMessage() {
        assertEquals("heavy", WeightInput.toKgText("heavy", 100, WeightUnit.LB));
    }
}
