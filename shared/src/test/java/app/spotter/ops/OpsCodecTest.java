package app.spotter.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import org.junit.jupiter.api.Test;

class OpsCodecTest {
    private static final ReadyAnswer READY = ReadyAnswer.ready(6);
    private static final ReadyAnswer NEWER_SCHEMA = ReadyAnswer.notReady(ReadyAnswer.SCHEMA,
            "The database has schema version 7; this server expects 6", 7);
    private static final ReadyAnswer NO_DATABASE = ReadyAnswer.notReady(ReadyAnswer.DATABASE,
            "The database did not answer a query", ReadyAnswer.VERSION_UNKNOWN);

    private static String write(ReadyAnswer answer) {
        return Json.write(OpsCodec.toJson(answer));
    }

    @Test
    void everyReadyAnswerRoundTripsExactly() {
        for (ReadyAnswer answer : new ReadyAnswer[] {READY, NEWER_SCHEMA, NO_DATABASE}) {
            assertEquals(answer, OpsCodec.readReady(write(answer)));
        }
        assertEquals(HealthAnswer.ALIVE, OpsCodec.readHealth(Json.write(OpsCodec.toJson(HealthAnswer.ALIVE))));
    }

    @Test
    void theWireFormIsTheDocumentedOne() {
        assertEquals("{\"status\":\"ok\"}", Json.write(OpsCodec.toJson(HealthAnswer.ALIVE)));
        assertEquals(Json.parseObject("{\"ready\":true,\"schemaVersion\":6}"), OpsCodec.toJson(READY));
        assertEquals(Json.parseObject("{\"ready\":false,\"schemaVersion\":7,\"problem\":\"schema\",\"error\":\""
                + NEWER_SCHEMA.error() + "\"}"), OpsCodec.toJson(NEWER_SCHEMA));
        assertFalse(OpsCodec.toJson(NO_DATABASE).containsKey("schemaVersion"), "a version nobody read is left out");
    }

    @Test
    void aMissingOrRenamedFieldIsAnErrorNotADefault() {
        assertThrows(ValidationException.class, () -> OpsCodec.readHealth("{\"state\":\"ok\"}"));
        assertThrows(ValidationException.class, () -> OpsCodec.readReady("{\"schemaVersion\":6}"));
        assertThrows(ValidationException.class, () -> OpsCodec.readReady(write(READY).replace("schemaVersion", "v")));
        assertThrows(ValidationException.class,
                () -> OpsCodec.readReady(write(NEWER_SCHEMA).replace("\"problem\"", "\"reason\"")));
        assertThrows(ValidationException.class,
                () -> OpsCodec.readReady(write(NO_DATABASE).replace("\"error\"", "\"message\"")));
        assertThrows(ValidationException.class, () -> OpsCodec.readReady("{\"ready\":\"yes\",\"schemaVersion\":6}"));
    }
}
