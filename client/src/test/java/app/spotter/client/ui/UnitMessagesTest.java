package app.spotter.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.spotter.history.WeightUnit;
import app.spotter.validation.FieldError;
import org.junit.jupiter.api.Test;

class UnitMessagesTest {
    private static final FieldError TOO_HEAVY = new FieldError("exercises[0].sets[0].weight",
            "Weight must be between 0 and 2000 kg");

    @Test
    void aWeightLimitIsShownInPoundsWithTheSameField() {
        assertEquals(new FieldError("exercises[0].sets[0].weight", "Weight must be between 0 and 4409 lb"),
                UnitMessages.inUnit(TOO_HEAVY, WeightUnit.LB));
    }

    @Test
    void kilogramsAndOtherMessagesAreLeftAsTheyAre() {
        assertSame(TOO_HEAVY, UnitMessages.inUnit(TOO_HEAVY, WeightUnit.KG));
        assertEquals("Reps must be between 0 and 1000",
                UnitMessages.inUnit("Reps must be between 0 and 1000", WeightUnit.LB));
    }
}
