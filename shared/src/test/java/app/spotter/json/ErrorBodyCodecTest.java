package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ErrorBodyCodecTest {
    @Test
    void aFieldErrorAndAWholeRequestErrorRoundTrip() {
        FieldError reps = new FieldError("exercises[0].sets[1].reps", "reps must be 0 or more \u00e9 \"</\"");
        assertEquals(reps, ErrorBodyCodec.read(ErrorBodyCodec.write(reps)));
        FieldError whole = FieldError.whole("Workout not found");
        assertEquals(whole, ErrorBodyCodec.read(ErrorBodyCodec.write(whole)));
    }

    @Test
    void theWireFormLeavesOutAnEmptyField() {
        assertEquals("{\"error\":\"Workout not found\"}", ErrorBodyCodec.write(FieldError.whole("Workout not found")));
        assertEquals("{\"error\":\"Too long\",\"field\":\"name\"}",
                ErrorBodyCodec.write(new FieldError("name", "Too long")));
    }

    @Test
    void membersARouteAddsAreLeftToItAndAMissingMessageIsAnError() {
        assertEquals(new FieldError("sessionId", "Gone"),
                ErrorBodyCodec.read("{\"error\":\"Gone\",\"field\":\"sessionId\",\"reason\":\"deleted\"}"));
        assertEquals("error", assertThrows(ValidationException.class,
                () -> ErrorBodyCodec.read("{\"field\":\"name\"}")).first().field());
        assertEquals("error", assertThrows(ValidationException.class,
                () -> ErrorBodyCodec.read("{\"error\":404}")).first().field());
        assertEquals("field", assertThrows(ValidationException.class,
                () -> ErrorBodyCodec.read("{\"error\":\"x\",\"field\":3}")).first().field());
    }
}
