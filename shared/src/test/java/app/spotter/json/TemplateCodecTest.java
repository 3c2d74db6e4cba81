package app.spotter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.Samples;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCodecTest {
    @Test
    void roundTripKeepsEveryField() {
        WorkoutTemplate template = Samples.pushDay();
        assertEquals(template, TemplateCodec.read(TemplateCodec.write(template)));
    }

    @Test
    void writesTheDocumentedWireFormat() {
        String json = TemplateCodec.write(Samples.pushDay());
        assertTrue(json.startsWith("{\"id\":\"t1\",\"name\":\"Push day\",\"exercises\":[{\"name\":\"Bench press\","
                + "\"restSeconds\":120,\"sets\":[{\"reps\":8,\"weight\":60.0}"), json);
    }

    @Test
    void listRoundTrip() {
        List<WorkoutTemplate> list = List.of(Samples.pushDay(), Samples.sized(3, 2));
        assertEquals(list, TemplateCodec.readList(TemplateCodec.writeList(list)));
    }

    @Test
    void unicodeAndEscapesSurvive() {
        WorkoutTemplate t = Samples.pushDay();
        WorkoutTemplate odd = new WorkoutTemplate("", "Beine \"schwer\" \\ 💪 <b>", t.exercises());
        assertEquals(odd, TemplateCodec.read(TemplateCodec.write(odd)));
    }

    @Test
    void malformedJsonIsRefusedAsAWhole() {
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read("{\"name\": "));
        assertEquals("", e.first().field());
        assertTrue(e.first().message().startsWith("Malformed JSON"), e.first().message());
    }

    @Test
    void nonObjectIsRefused() {
        assertThrows(ValidationException.class, () -> TemplateCodec.read("[1,2]"));
        assertThrows(ValidationException.class, () -> TemplateCodec.read("\"text\""));
        assertThrows(ValidationException.class, () -> TemplateCodec.read(""));
    }

    @Test
    void wrongTypeNamesTheField() {
        String json = "{\"name\":\"A\",\"exercises\":[{\"name\":\"B\",\"restSeconds\":60,"
                + "\"sets\":[{\"reps\":\"eight\",\"weight\":1}]}]}";
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read(json));
        assertEquals("exercises[0].sets[0].reps", e.first().field());
        assertEquals("reps must be a number", e.first().message());
    }

    @Test
    void fractionalRepsAreRefused() {
        String json = "{\"name\":\"A\",\"exercises\":[{\"name\":\"B\",\"restSeconds\":60,"
                + "\"sets\":[{\"reps\":8.5,\"weight\":1}]}]}";
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read(json));
        assertEquals("exercises[0].sets[0].reps", e.first().field());
    }

    @Test
    void missingFieldNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TemplateCodec.read("{\"name\":\"A\"}"));
        assertEquals("exercises", e.first().field());
        assertEquals("exercises is required", e.first().message());
    }

    @Test
    void hugeNumbersAreRefused() {
        String json = "{\"name\":\"A\",\"exercises\":[{\"name\":\"B\",\"restSeconds\":1e400,"
                + "\"sets\":[{\"reps\":1,\"weight\":1}]}]}";
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read(json));
        assertEquals("exercises[0].restSeconds", e.first().field());
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeParsing() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read(deep));
        assertEquals("JSON is nested too deeply", e.first().message());
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        WorkoutTemplate t = new WorkoutTemplate("", "[[[[[[[[[[[[[[[[[[[[{{{{{{{{", Samples.pushDay().exercises());
        assertEquals(t, TemplateCodec.read(TemplateCodec.write(t)));
    }

    @Test
    void invalidValuesAreAllReported() {
        String json = "{\"name\":\"\",\"exercises\":[{\"name\":\"B\",\"restSeconds\":-1,"
                + "\"sets\":[{\"reps\":1001,\"weight\":2000.5}]}]}";
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateCodec.read(json));
        assertEquals(List.of("name", "exercises[0].restSeconds", "exercises[0].sets[0].reps",
                "exercises[0].sets[0].weight"), e.errors().stream().map(x -> x.field()).toList());
    }
}
