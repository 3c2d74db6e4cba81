package app.spotter.workout;

import static app.spotter.workout.WorkoutSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.spotter.json.Json;
import app.spotter.validation.ValidationException;
import com.grack.nanojson.JsonObject;
import org.junit.jupiter.api.Test;

class DraftAnswerCodecTest {
    private final Workout draft = WorkoutSamples.started(WorkoutSamples.pushDay());

    @Test
    void aSyncAnswerWithAndWithoutTheDraftAndADiscardRoundTrip() {
        DraftAnswerCodec.Saved bare = new DraftAnswerCodec.Saved(7, T0 + 1000, null);
        assertEquals(bare, DraftAnswerCodec.readSaved(DraftAnswerCodec.write(bare), T0));
        DraftAnswerCodec.Saved merged = new DraftAnswerCodec.Saved(8, T0 + 2000, draft);
        assertEquals(merged, DraftAnswerCodec.readSaved(DraftAnswerCodec.write(merged), T0));
        DraftAnswerCodec.Discarded discarded = new DraftAnswerCodec.Discarded("s-1", "discarded");
        assertEquals(discarded, DraftAnswerCodec.readDiscarded(DraftAnswerCodec.write(discarded)));
    }

    @Test
    void theWireFormIsTheFirstReleases() {
        assertEquals("{\"revision\":7,\"serverTime\":1000}",
                DraftAnswerCodec.write(new DraftAnswerCodec.Saved(7, 1000, null)));
        assertEquals("{\"revision\":1,\"serverTime\":5,\"draft\":" + WorkoutCodec.write(draft) + "}",
                DraftAnswerCodec.write(new DraftAnswerCodec.Saved(1, 5, draft)));
        assertEquals("{\"sessionId\":\"s-1\",\"reason\":\"discarded\"}",
                DraftAnswerCodec.write(new DraftAnswerCodec.Discarded("s-1", "discarded")));
    }

    @Test
    void theDraftGivenAsItsTextIsWrittenAsTheTreeWouldWriteIt() {
        JsonObject tree = new JsonObject();
        tree.put("revision", 4L);
        tree.put("serverTime", T0);
        tree.put("draft", WorkoutCodec.toJson(draft));
        assertEquals(Json.write(tree), DraftAnswerCodec.write(4, T0, WorkoutCodec.write(draft)));
        assertEquals(DraftAnswerCodec.write(new DraftAnswerCodec.Saved(4, T0, null)),
                DraftAnswerCodec.write(4, T0, null));
    }

    @Test
    void aMissingOrBrokenMemberIsAnErrorNotRevisionZero() {
        assertField("revision", "{\"serverTime\":5}");
        assertField("revision", "{\"revision\":\"3\",\"serverTime\":5}");
        assertField("revision", "{\"revision\":1.5,\"serverTime\":5}");
        assertField("revision", "{\"revision\":-1,\"serverTime\":5}");
        assertField("serverTime", "{\"revision\":3}");
        assertField("draft", "{\"revision\":3,\"serverTime\":5,\"draft\":\"x\"}");
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> DraftAnswerCodec.readDiscarded("{\"sessionId\":\"s-1\"}")).first().field());
    }

    private static void assertField(String field, String json) {
        assertEquals(field, assertThrows(ValidationException.class,
                () -> DraftAnswerCodec.readSaved(json, T0)).first().field());
    }
}
