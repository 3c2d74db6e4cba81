package app.spotter.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateValidatorTest {
    private static List<String> fields(WorkoutTemplate t) {
        return TemplateValidator.validate(t).stream().map(FieldError::field).toList();
    }

    private static WorkoutTemplate oneSet(String name, int rest, int reps, double weight) {
        return new WorkoutTemplate("", name, List.of(new ExercisePlan("Squat", rest, List.of(new SetTarget(reps,
                weight)))));
    }

    @Test
    void aSensibleTemplateIsValid() {
        assertTrue(TemplateValidator.validate(Samples.pushDay()).isEmpty());
    }

    @Test
    void boundsAreInclusive() {
        assertTrue(fields(oneSet("x".repeat(100), 3600, 1000, 2000)).isEmpty());
        assertTrue(fields(oneSet("x", 0, 0, 0)).isEmpty());
        assertTrue(fields(oneSet("x", 0, 0, 0.25)).isEmpty());
        assertTrue(fields(Samples.sized(50, 20)).isEmpty());
    }

    @Test
    void nameMustHaveOneToHundredCharacters() {
        assertEquals(List.of("name"), fields(oneSet("", 60, 5, 5)));
        assertEquals(List.of("name"), fields(oneSet("   ", 60, 5, 5)));
        assertEquals(List.of("name"), fields(oneSet("x".repeat(101), 60, 5, 5)));
    }

    @Test
    void numbersOutOfRangeNameTheirField() {
        assertEquals(List.of("exercises[0].restSeconds"), fields(oneSet("A", 3601, 5, 5)));
        assertEquals(List.of("exercises[0].sets[0].reps"), fields(oneSet("A", 60, -1, 5)));
        assertEquals(List.of("exercises[0].sets[0].reps"), fields(oneSet("A", 60, 1001, 5)));
        assertEquals(List.of("exercises[0].sets[0].weight"), fields(oneSet("A", 60, 5, -0.5)));
        assertEquals(List.of("exercises[0].sets[0].weight"), fields(oneSet("A", 60, 5, 2000.01)));
        assertEquals(List.of("exercises[0].sets[0].weight"), fields(oneSet("A", 60, 5, Double.NaN)));
    }

    @Test
    void exerciseAndSetCountsAreBounded() {
        assertEquals(List.of("exercises"), fields(new WorkoutTemplate("", "A", List.of())));
        assertEquals(List.of("exercises"), fields(Samples.sized(51, 1)));
        assertEquals(List.of("exercises[0].sets"), fields(new WorkoutTemplate("", "A",
                List.of(new ExercisePlan("B", 60, List.of())))));
        assertEquals(21, Samples.sized(1, 21).exercises().get(0).sets().size());
        assertEquals(List.of("exercises[0].sets"), fields(Samples.sized(1, 21)));
    }

    @Test
    void namesAreTrimmed() {
        assertEquals("Legs", new WorkoutTemplate("", "  Legs ", List.of()).name());
    }
}
