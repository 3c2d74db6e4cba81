package app.spotter.workout;

import static app.spotter.workout.SchemaOneUpgradeTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.Json;
import app.spotter.validation.Limits;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class StoredDocumentsTest {
    private static final String LONG_NAME = "n".repeat(Limits.NAME_MAX_CHARS + 1);

    private static String withName(String json, String name) {
        JsonObject obj = Json.parseObject(json);
        obj.put("name", name);
        return Json.write(obj);
    }

    private static String without(String json, String field) {
        JsonObject obj = Json.parseObject(json);
        obj.remove(field);
        return Json.write(obj);
    }

    @Test
    void aStoredWorkoutOverTodaysLimitsReadsAsStoredWhereInputIsRefused() {
        String stored = withName(WorkoutCodec.write(SchemaOneUpgrade.readSession(fixture("workout-finished.json"))),
                LONG_NAME);
        assertThrows(ValidationException.class, () -> WorkoutCodec.read(stored));
        Workout read = StoredDocuments.workout(stored);
        assertEquals(LONG_NAME, read.nameValue());
        assertEquals(stored, WorkoutCodec.write(read), "read back unchanged");
    }

    @Test
    void aStoredSchemaOneSessionOverTodaysLimitsIsUpgradedAsStored() {
        String stored = withName(fixture("session-draft.json"), LONG_NAME);
        assertThrows(ValidationException.class, () -> SchemaOneUpgrade.readSession(stored));
        assertEquals(LONG_NAME, StoredDocuments.workout(stored).nameValue());
    }

    @Test
    void aStoredTemplateOverTodaysLimitsReadsAsStoredWhereInputIsRefused() {
        JsonObject obj = TemplateCodecV2.toJson(SchemaOneUpgrade.readTemplate(fixture("template.json")));
        JsonArray sets = obj.getArray("exercises").getObject(0).getArray("sets");
        while (sets.size() <= Limits.SETS_MAX) {
            sets.add(sets.get(0));
        }
        String stored = Json.write(obj);
        assertThrows(ValidationException.class, () -> TemplateCodecV2.read(stored));
        assertEquals(stored, TemplateCodecV2.write(StoredDocuments.template(stored)), "read back unchanged");

        String schemaOne = withName(fixture("template.json"), LONG_NAME);
        assertThrows(ValidationException.class, () -> SchemaOneUpgrade.readTemplate(schemaOne));
        assertEquals(LONG_NAME, StoredDocuments.template(schemaOne).name());
    }

    @Test
    void theShapeIsStillStrictAMissingFieldOrAnUnknownSchemaIsRefused() {
        String workout = WorkoutCodec.write(SchemaOneUpgrade.readSession(fixture("workout-finished.json")));
        for (String field : new String[] {"sessionId", "name", "startedAt", "exercises", "schema"}) {
            assertThrows(ValidationException.class, () -> StoredDocuments.workout(without(workout, field)), field);
        }
        assertThrows(ValidationException.class, () -> StoredDocuments.workout(workout.replace("\"schema\":2",
                "\"schema\":3")));
        assertThrows(ValidationException.class, () -> StoredDocuments.workout(withName(workout, null)));
        assertThrows(ValidationException.class, () -> StoredDocuments.workout(without(fixture("session-draft.json"),
                "revision")));
        assertThrows(ValidationException.class, () -> StoredDocuments.workout(fixture("session-draft.json")
                .replace("\"activeExerciseIndex\":1", "\"activeExerciseIndex\":9")), "the upgrade needs it");

        String template = TemplateCodecV2.write(SchemaOneUpgrade.readTemplate(fixture("template.json")));
        assertThrows(ValidationException.class, () -> StoredDocuments.template(without(template, "note")));
        assertThrows(ValidationException.class, () -> StoredDocuments.template(template.replace("\"schema\":2",
                "\"schema\":3")));
        assertThrows(ValidationException.class, () -> StoredDocuments.template(without(fixture("template.json"),
                "exercises")));
    }
}
