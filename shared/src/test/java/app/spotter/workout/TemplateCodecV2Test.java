package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCodecV2Test {
    private final Template template = new Template("t9", "Full body", "Mondays", List.of(
            new TemplateExercise("Plank", ExerciseKind.DURATION, 60, "", "",
                    List.of(new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                            new TemplateSet(SetType.FAILURE, new Targets(0, 0, 60, 0)))),
            new TemplateExercise("Curl", ExerciseKind.WEIGHT_REPS, 30, "slow", "a",
                    List.of(new TemplateSet(SetType.WARMUP, new Targets(12, 8, 0, 0)))),
            new TemplateExercise("Pushdown", ExerciseKind.WEIGHT_REPS, 90, "", "a",
                    List.of(new TemplateSet(SetType.NORMAL, new Targets(12, 20, 0, 0)))),
            new TemplateExercise("Run", ExerciseKind.DISTANCE_DURATION, 0, "", "",
                    List.of(new TemplateSet(SetType.NORMAL, new Targets(0, 0, 600, 2000))))));

    @Test
    void aTemplateWithKindsTypesTargetsSupersetsAndNotesRoundTrips() {
        String json = TemplateCodecV2.write(template);
        assertTrue(json.contains("\"targets\":{\"durationSeconds\":60}"), json);
        assertEquals(template, TemplateCodecV2.read(json));
        assertEquals(List.of(template), TemplateCodecV2.readList(TemplateCodecV2.writeList(List.of(template))));
    }

    @Test
    void aSessionStartedFromItHasItsKindsTargetsAndSupersets() {
        Workout w = SessionEdits.start(template, "s3", new Stamp(1, 0, "a"), 1);
        assertEquals(2, SupersetRounds.supersetOf(w, "e1").size());
        assertEquals(60, w.exercise("e0").visibleSets().get(1).durationValue());
        assertEquals(SetType.FAILURE, w.exercise("e0").visibleSets().get(1).typeValue());
        assertEquals(2000.0, w.exercise("e3").visibleSets().get(0).distanceValue());
        assertEquals("Mondays", w.noteValue());
        assertEquals("slow", w.exercise("e1").noteValue());
    }

    @Test
    void targetsOfAnotherKindAndBadFieldsAreRefusedByName() {
        String json = TemplateCodecV2.write(template);
        assertField("exercises[0].sets[0].targets.reps",
                json.replaceFirst("\\{\"durationSeconds\":60}", "{\"durationSeconds\":60,\"reps\":5}"));
        assertField("exercises[1].note", json.replace("\"slow\"", "\"" + "s".repeat(1001) + "\""));
        assertField("exercises[3].sets[0].targets.distanceMeters", json.replace("2000.0", "2000000.0"));
        assertField("exercises[1].supersetGroup", json.replaceFirst("\"supersetGroup\":\"a\"",
                "\"supersetGroup\":\"a b\""));
        assertField("exercises[0].sets[0].type", json.replaceFirst("\"normal\"", "\"easy\""));
        assertField("exercises[0].colour", json.replaceFirst("\"name\":\"Plank\"", "\"name\":\"Plank\",\"colour\":1"));
    }

    private static void assertField(String field, String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodecV2.read(json));
        assertEquals(field, e.first().field(), e.errors().toString());
    }
}
