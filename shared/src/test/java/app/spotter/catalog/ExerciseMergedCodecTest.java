package app.spotter.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ExerciseMergedCodecTest {
    private static final ExerciseMerged MERGED = new ExerciseMerged("Back Squat", 2);

    @Test
    void aMergeAnswerRoundTripsExactly() {
        assertEquals(MERGED, ExerciseMergedCodec.read(ExerciseMergedCodec.write(MERGED)));
        assertEquals(Json.parseObject("{\"into\":\"Back Squat\",\"workouts\":2}"), ExerciseMergedCodec.toJson(MERGED));
    }

    @Test
    void aMissingOrRenamedFieldIsAnErrorNotAZero() {
        String json = ExerciseMergedCodec.write(MERGED);
        assertThrows(ValidationException.class, () -> ExerciseMergedCodec.read(json.replace("\"workouts\"", "\"n\"")));
        assertThrows(ValidationException.class, () -> ExerciseMergedCodec.read(json.replace("\"into\"", "\"to\"")));
    }
}
