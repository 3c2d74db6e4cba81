package app.spotter.client.templates;

import app.spotter.client.api.ApiCall.Callback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Template;
import app.spotter.validation.FieldError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateApiTest {
    private final FakeServer server = new FakeServer();
    private final TemplateApi api = new TemplateApi(server);

    /** Collects what a callback was told. */
    private static final class Outcome<T> implements Callback<T> {
        final List<T> values = new ArrayList<>();
        final List<FieldError> errors = new ArrayList<>();

        @Override
        public void succeeded(T value) {
            values.add(value);
        }

        @Override
        public void failed(FieldError error) {
            errors.add(error);
        }

        boolean succeededOnce() {
            return values.size() == 1 && errors.isEmpty();
        }
    }

    @Test
    void listReadsTheTemplatesInTheServersOrder() {
        Outcome<TemplateApi.Listing> outcome = new Outcome<>();
        api.list(outcome);

        assertEquals("GET /api/templates", server.last().line());
        assertNull(server.last().body());
        String text = SampleTemplates.listJson(SampleTemplates.named("b", "B"), SampleTemplates.named("a", "A"));
        server.last().answer(200, text);

        assertEquals(List.of("b", "a"), outcome.values.get(0).templates().stream().map(Template::id).toList());
        assertEquals(text, outcome.values.get(0).text(), "the server's text, for the device's copy");
    }

    @Test
    void createPostsTheTemplateWithoutAnIdAndAnswersWithTheStoredOne() {
        Outcome<Template> outcome = new Outcome<>();
        api.create(SampleTemplates.push("left-over"), outcome);

        assertEquals("POST /api/templates", server.last().line());
        assertFalse(server.last().body().contains("\"id\""), server.last().body());
        server.last().answer(201, SampleTemplates.json(SampleTemplates.push("t1")));

        assertTrue(outcome.succeededOnce());
        assertEquals("t1", outcome.values.get(0).id());
    }

    @Test
    void updatePutsTheTemplateToItsOwnPath() {
        Outcome<Template> outcome = new Outcome<>();
        api.update(SampleTemplates.push("t1"), outcome);

        assertEquals("PUT /api/templates/t1", server.last().line());
        assertEquals(SampleTemplates.push("t1"), TemplateCodecV2.read(server.last().body()));
        server.last().answer(200, server.last().body());
        assertTrue(outcome.succeededOnce());
    }

    @Test
    void everyKindSetTypeSupersetAndNoteGoesOutAndComesBackInSchemaTwo() {
        Outcome<Template> outcome = new Outcome<>();
        api.update(SampleTemplates.everything("t9"), outcome);

        assertTrue(server.last().body().contains("\"schema\":2"), server.last().body());
        assertEquals(SampleTemplates.everything("t9"), TemplateCodecV2.read(server.last().body()));
        server.last().answer(200, server.last().body());
        assertEquals(List.of(SampleTemplates.everything("t9")), outcome.values);
    }

    @Test
    void deletingATemplateThatIsAlreadyGoneCountsAsDeleted() {
        Outcome<Void> deleted = new Outcome<>();
        Outcome<Void> alreadyGone = new Outcome<>();
        api.delete("t1", deleted);
        server.last().answer(204, "");
        api.delete("t1", alreadyGone);
        server.last().answer(404, "{\"error\":\"Template not found\"}");

        assertEquals("DELETE /api/templates/t1", server.last().line());
        assertTrue(deleted.succeededOnce());
        assertTrue(alreadyGone.succeededOnce());
    }

    @Test
    void reorderPutsTheIdsFirstToLast() {
        Outcome<Void> outcome = new Outcome<>();
        api.reorder(List.of("c", "a", "b"), outcome);

        assertEquals("PUT /api/templates/order", server.last().line());
        assertEquals("{\"ids\":[\"c\",\"a\",\"b\"]}", server.last().body());
        server.last().answer(204, "");
        assertTrue(outcome.succeededOnce());
    }

    @Test
    void aRefusalComesBackWithTheFieldAtFault() {
        Outcome<Template> outcome = new Outcome<>();
        api.create(SampleTemplates.push(""), outcome);

        server.last().answer(400, "{\"error\":\"Reps must be between 0 and 1000\",\"field\":\"exercises[1].sets[0].reps\"}");

        assertEquals(List.of(new FieldError("exercises[1].sets[0].reps", "Reps must be between 0 and 1000")),
                outcome.errors);
    }

    @Test
    void anUnreachableServerIsReportedInWords() {
        Outcome<TemplateApi.Listing> outcome = new Outcome<>();
        api.list(outcome);

        server.last().unreachable();

        assertTrue(outcome.errors.get(0).message().contains("cannot be reached"));
        assertTrue(outcome.values.isEmpty());
    }

    @Test
    void anAnswerThatIsNotATemplateIsAFailureNotACrash() {
        Outcome<Template> outcome = new Outcome<>();
        api.get("t1", outcome);

        server.last().answer(200, "<html>captive portal</html>");

        assertEquals(1, outcome.errors.size());
        assertTrue(outcome.errors.get(0).message().startsWith("The server's answer could not be read"));
    }

    @Test
    void anIdIsEncodedSoItCannotChangeThePathAskedFor() {
        api.get("a/b?c d", new Outcome<>());

        assertEquals("GET /api/templates/a%2Fb%3Fc%20d", server.last().line());
        assertEquals(URLEncoder.encode("\u00e9\u20ac\ud83d\udcaa x", StandardCharsets.UTF_8).replace("+", "%20"),
                TemplateApi.encodeSegment("\u00e9\u20ac\ud83d\udcaa x"), "UTF-8 of 2, 3 and 4 bytes");
    }
}
