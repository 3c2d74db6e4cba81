package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.TemplateCodec;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesApiTest {
    private static final String LEGS = TemplateCodec.write(new WorkoutTemplate("", "Legs", List.of(
            new ExercisePlan("Squat", 180, List.of(new SetTarget(5, 102.5), new SetTarget(5, 102.5))))));

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<WorkoutTemplate> list() {
        Reply reply = server.get("/api/templates");
        assertEquals(200, reply.status());
        return TemplateCodec.readList(reply.body());
    }

    private static void assertError(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject body = Json.parseObject(reply.body());
        assertFalse(body.getString("error", "").isEmpty(), reply.body());
        assertEquals(field, body.getString("field", ""), reply.body());
    }

    @Test
    void GET_on_a_fresh_database_offers_the_starter_templates() {
        List<WorkoutTemplate> templates = list();
        assertEquals(StarterTemplates.all().size(), templates.size());
        assertEquals(StarterTemplates.all().get(0).name(), templates.get(0).name());
        assertFalse(templates.get(0).id().isEmpty());
    }

    @Test
    void starter_templates_are_seeded_once_and_stay_deleted() {
        for (WorkoutTemplate t : list()) {
            assertEquals(204, server.delete("/api/templates/" + t.id()).status());
        }
        server.close();
        server = RunningServer.start(dir.resolve("spotter.db"), System::currentTimeMillis).signInOwner();
        assertEquals(List.of(), list());
    }

    @Test
    void POST_creates_a_template_that_GET_returns_at_the_end_of_the_list() {
        Reply created = server.post("/api/templates", LEGS);
        assertEquals(201, created.status(), created.body());
        WorkoutTemplate stored = TemplateCodec.read(created.body());
        assertFalse(stored.id().isEmpty());
        assertEquals(102.5, stored.exercises().get(0).sets().get(0).weight());
        assertEquals(stored, TemplateCodec.read(server.get("/api/templates/" + stored.id()).body()));
        assertEquals(stored, list().get(list().size() - 1));
    }

    @Test
    void PUT_replaces_the_content_and_keeps_the_id() {
        WorkoutTemplate stored = TemplateCodec.read(server.post("/api/templates", LEGS).body());
        String renamed = TemplateCodec.write(new WorkoutTemplate("ignored", "Leg day", stored.exercises()));
        Reply reply = server.put("/api/templates/" + stored.id(), renamed);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Leg day", TemplateCodec.read(server.get("/api/templates/" + stored.id()).body()).name());
        assertEquals(stored.id(), TemplateCodec.read(reply.body()).id());
    }

    @Test
    void DELETE_removes_it_and_unknown_ids_give_404() {
        WorkoutTemplate stored = TemplateCodec.read(server.post("/api/templates", LEGS).body());
        assertEquals(204, server.delete("/api/templates/" + stored.id()).status());
        assertError(server.get("/api/templates/" + stored.id()), 404, "");
        assertError(server.delete("/api/templates/" + stored.id()), 404, "");
        assertError(server.put("/api/templates/nope", LEGS), 404, "");
    }

    @Test
    void PUT_order_reorders_the_list() {
        List<WorkoutTemplate> before = list();
        String ids = "{\"ids\":[\"" + before.get(1).id() + "\",\"" + before.get(0).id() + "\"]}";
        assertEquals(204, server.put("/api/templates/order", ids).status());
        List<WorkoutTemplate> after = list();
        assertEquals(before.get(1).id(), after.get(0).id());
        assertEquals(before.get(0).id(), after.get(1).id());
    }

    @Test
    void PUT_order_refuses_a_list_that_is_not_every_template_once() {
        List<WorkoutTemplate> before = list();
        assertError(server.put("/api/templates/order", "{\"ids\":[\"" + before.get(0).id() + "\"]}"), 400, "ids");
        String twice = "{\"ids\":[\"" + before.get(0).id() + "\",\"" + before.get(0).id() + "\"]}";
        assertError(server.put("/api/templates/order", twice), 400, "ids");
        assertError(server.put("/api/templates/order", "{\"ids\":[1,2]}"), 400, "ids");
        assertEquals(before, list());
    }

    @Test
    void invalid_templates_get_400_naming_the_field_and_change_nothing() {
        List<WorkoutTemplate> before = list();
        assertError(server.post("/api/templates", LEGS.replace("\"Legs\"", "\"\"")), 400, "name");
        assertError(server.post("/api/templates", LEGS.replace("\"reps\":5", "\"reps\":1001")), 400,
                "exercises[0].sets[0].reps");
        assertError(server.post("/api/templates", LEGS.replace("102.5", "-1")), 400, "exercises[0].sets[0].weight");
        assertError(server.post("/api/templates", LEGS.replace("180", "3601")), 400, "exercises[0].restSeconds");
        assertError(server.post("/api/templates", "{\"name\":\"x\",\"exercises\":[]}"), 400, "exercises");
        assertError(server.put("/api/templates/" + before.get(0).id(), LEGS.replace("\"Legs\"", "7")), 400, "name");
        assertEquals(before, list());
    }

    @Test
    void malformed_json_gets_400() {
        assertError(server.post("/api/templates", "{\"name\": "), 400, "");
        assertError(server.post("/api/templates", "[]"), 400, "");
    }

    @Test
    void bodies_over_256_KB_get_413_before_parsing() {
        String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
        assertError(server.post("/api/templates", huge), 413, "");
        HttpRequest.Builder chunked = server.jsonRequest("/api/templates").POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())));
        assertError(server.send(chunked), 413, "");
    }

    @Test
    void a_body_that_is_not_json_gets_415() {
        Reply reply = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/api/templates")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(LEGS)));
        assertError(reply, 415, "");
    }

    @Test
    void unknown_api_routes_get_a_json_404() {
        assertError(server.get("/api/nothing-here"), 404, "");
    }
}
