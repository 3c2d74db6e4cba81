package app.spotter.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomExerciseCodecTest {
    private static final CustomExercise ANDERSON = new CustomExercise("c-1", "Anderson Squat", "weight_reps", "quads",
            "barbell", 1_700_000_000_000L);

    @Test
    void aListRoundTripsAndAMissingFieldIsAnErrorNamingIt() {
        assertEquals(List.of(ANDERSON), CustomExerciseCodec.readList(CustomExerciseCodec.writeList(List.of(ANDERSON))));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> CustomExerciseCodec.read("{\"id\":\"c-1\",\"name\":\"A\",\"kind\":\"duration\",\"muscle\":\"\","
                        + "\"equipment\":\"\"}"));
        assertTrue(missing.first().field().endsWith("createdAt"), missing.first().field());
    }

    @Test
    void aNewExerciseIsSentWithoutIdOrTimeAndReadWithOptionalMuscleAndEquipment() {
        String sent = CustomExerciseCodec.writeNew(ANDERSON);
        assertEquals(new CustomExercise("", "Anderson Squat", "weight_reps", "quads", "barbell", 0),
                CustomExerciseCodec.readNew(sent));
        assertEquals("", CustomExerciseCodec.readNew("{\"name\":\"X\",\"kind\":\"duration\"}").muscle());
    }

    @Test
    void rulesNameTheFieldAndTrimWhatIsKept() {
        assertEquals(List.of(new FieldError("name", "Name is required")),
                CustomExerciseRules.check(new CustomExercise("", " ", "weight_reps", "", "", 0)));
        assertEquals("kind", CustomExerciseRules.check(new CustomExercise("", "X", "yoga", "", "", 0)).get(0).field());
        assertEquals("name", CustomExerciseRules.check(new CustomExercise("", "--", "duration", "", "", 0)).get(0)
                .field(), "punctuation only would compare equal to every other such name");
        assertEquals("equipment", CustomExerciseRules.check(new CustomExercise("", "X", "duration", "",
                "e".repeat(101), 0)).get(0).field());
        assertEquals("Anderson Squat", CustomExerciseRules.require(new CustomExercise("", " Anderson Squat ",
                "weight_reps", " quads ", "", 0)).name());
        assertEquals("anderson squat", new CustomExercise("", "Anderson-SQUAT", "weight_reps", "", "", 0).key());
    }

    @Test
    void customExercisesAreMatchedAndSearchedBesideTheCatalogButNeverShadowIt() {
        ExerciseCatalog catalog = ExerciseCatalog.parse("bench\tBench Press\tweight_reps\tchest\tbarbell\tBench\n");
        ExerciseCatalog both = catalog.withCustom(List.of(ANDERSON,
                new CustomExercise("c-2", "bench", "duration", "", "", 0)));
        assertEquals("c-1", both.match("anderson squat").id());
        assertEquals("bench", both.match("Bench").id(), "the catalog's alias wins");
        assertEquals(2, both.all().size());
        assertEquals("Anderson Squat", both.search("squat", 5).get(0).name());
        assertEquals(1, catalog.all().size(), "the catalog itself is unchanged");
    }
}
