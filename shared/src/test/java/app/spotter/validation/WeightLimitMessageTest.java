package app.spotter.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.history.WeightUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightLimitMessageTest {
    @Test
    void theValidatorsSayKilogramsTheLimitDocumentsAreCheckedAgainst() {
        List<FieldError> errors = new ArrayList<>();
        Checks.weight(2000.5, "weight", errors);
        assertEquals(List.of(new FieldError("weight", "Weight must be between 0 and 2000 kg")), errors);
        assertEquals(errors.get(0).message(), Checks.weightOutOfRange(WeightUnit.KG));
    }

    @Test
    void inPoundsTheLimitIsRoundedDownToAWeightThatPasses() {
        assertEquals("Weight must be between 0 and 4409 lb", Checks.weightOutOfRange(WeightUnit.LB));
        List<FieldError> errors = new ArrayList<>();
        Checks.weight(WeightUnit.LB.toKg(4409), "weight", errors);
        assertEquals(List.of(), errors, "the limit named passes");
        Checks.weight(WeightUnit.LB.toKg(4410), "weight", errors);
        assertEquals(1, errors.size());
    }
}
