package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.ErrorBodyCodec;
import app.spotter.json.Json;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class SessionEndedCodecTest {
    private final Workout logged = WorkoutSamples.started(WorkoutSamples.pushDay());

    @Test
    void aReasonALoggedCopyAndNeitherRoundTripInsideAnErrorBody() {
        for (SessionEndedCodec.Ended ended : new SessionEndedCodec.Ended[] {SessionEndedCodec.Ended.because("deleted"),
                SessionEndedCodec.Ended.loggedAs(logged), SessionEndedCodec.Ended.because("")}) {
            assertEquals(ended, SessionEndedCodec.read(gone(SessionEndedCodec.members(ended)), T0));
        }
    }

    @Test
    void theWireFormIsTheFirstReleases() {
        assertEquals("{\"reason\":\"discarded\"}",
                Json.write(SessionEndedCodec.members(SessionEndedCodec.Ended.because("discarded"))));
        assertEquals("{\"workout\":" + WorkoutCodec.write(logged) + "}",
                Json.write(SessionEndedCodec.members(SessionEndedCodec.Ended.loggedAs(logged))));
        assertEquals("{\"draft\":" + WorkoutCodec.write(logged) + "}",
                Json.write(DraftAnswerCodec.otherSession(logged)));
    }

    @Test
    void aMemberThatIsThereMustBeWhatItSays() {
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> SessionEndedCodec.read("{\"reason\":3}", T0)).first().field());
        assertEquals("workout", assertThrows(ValidationException.class,
                () -> SessionEndedCodec.read("{\"workout\":[]}", T0)).first().field());
        assertThrows(ValidationException.class, () -> SessionEndedCodec.read("{\"workout\":{\"name\":\"x\"}}", T0));
    }

    @Test
    void theOtherActiveSessionRoundTripsAndIsRequired() {
        assertEquals(logged, DraftAnswerCodec.readOtherSession(gone(DraftAnswerCodec.otherSession(logged)), T0));
        assertEquals("draft", assertThrows(ValidationException.class,
                () -> DraftAnswerCodec.readOtherSession("{\"error\":\"Another workout\"}", T0)).first().field());
    }

    private static String gone(JsonObject members) {
        JsonObject body = ErrorBodyCodec.toJson(new FieldError("sessionId", "This workout is over"));
        body.putAll(members);
        return Json.write(body);
    }
}
