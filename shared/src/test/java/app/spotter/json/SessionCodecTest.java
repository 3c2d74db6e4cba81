package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SessionCodecTest {
    private static final long T0 = 1_700_000_000_000L;
    private final WorkoutSession session = WorkoutSession.start(Samples.pushDay(), "3f2a-11", T0)
            .completeSet(0, 0, T0 + 5000).editSet(0, 1, 7, 61.25, T0 + 6000).moveTo(1, T0 + 7000);

    @Test
    void draftRoundTrip() {
        assertEquals(session, SessionCodec.read(SessionCodec.write(session)));
    }

    @Test
    void finishedRoundTripCarriesTheDuration() {
        WorkoutSession done = session.finish(T0 + 600_000);
        String json = SessionCodec.write(done);
        assertTrue(json.contains("\"finishedAt\":" + (T0 + 600_000)), json);
        assertTrue(json.contains("\"durationSeconds\":600"), json);
        assertEquals(done, SessionCodec.read(json));
    }

    @Test
    void aDurationThatDoesNotAddUpIsRefused() {
        String json = SessionCodec.write(session.finish(T0 + 600_000)).replace("\"durationSeconds\":600",
                "\"durationSeconds\":6000");
        ValidationException e = assertThrows(ValidationException.class, () -> SessionCodec.read(json));
        assertEquals("durationSeconds", e.first().field());
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        String json = SessionCodec.write(session).replace("\"schema\":1", "\"schema\":2");
        ValidationException e = assertThrows(ValidationException.class, () -> SessionCodec.read(json));
        assertEquals("schema", e.first().field());
    }

    @Test
    void aBadSessionIdIsRefused() {
        String json = SessionCodec.write(session).replace("3f2a-11", "../../etc");
        ValidationException e = assertThrows(ValidationException.class, () -> SessionCodec.read(json));
        assertEquals("sessionId", e.first().field());
    }

    @Test
    void anActiveIndexOutsideTheExercisesIsRefused() {
        String json = SessionCodec.write(session).replace("\"activeExerciseIndex\":1", "\"activeExerciseIndex\":2");
        ValidationException e = assertThrows(ValidationException.class, () -> SessionCodec.read(json));
        assertEquals("activeExerciseIndex", e.first().field());
    }

    @Test
    void wrongTypesNameTheirField() {
        String json = SessionCodec.write(session).replaceFirst("\"done\":true", "\"done\":\"yes\"");
        ValidationException e = assertThrows(ValidationException.class, () -> SessionCodec.read(json));
        assertEquals("exercises[0].sets[0].done", e.first().field());
    }
}
