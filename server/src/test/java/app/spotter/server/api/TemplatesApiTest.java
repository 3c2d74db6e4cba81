package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Targets;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.TemplateExercise;
import app.spotter.workout.TemplateSet;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesApiTest {
    private static final Template LEGS_TEMPLATE = new Template("", "Legs", "Heavy day", List.of(
            new TemplateExercise("Squat", ExerciseKind.WEIGHT_REPS, 180, "Belt on", "", List.of(
                    new TemplateSet(SetType.WARMUP, new Targets(5, 60, 0, 0)),
                    new TemplateSet(SetType.NORMAL, new Targets(5, 102.5, 0, 0)))),
            new TemplateExercise("Pull-Up", ExerciseKind.ASSISTED, 90, "", "ss1", List.of(
                    new TemplateSet(SetType.NORMAL, new Targets(8, 20, 0, 0)))),
            new TemplateExercise("Plank", ExerciseKind.DURATION, 60, "", "ss1", List.of(
                    new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                    new TemplateSet(SetType.FAILURE, new Targets(0, 0, 90, 0)))),
            new TemplateExercise("Running", ExerciseKind.DISTANCE_DURATION, 0, "", "", List.of(
                    new TemplateSet(SetType.NORMAL, new Targets(0, 0, 600, 2000))))));
    private static final String LEGS = TemplateCodecV2.write(LEGS_TEMPLATE);

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

    private List<Template> list() {
        Reply reply = server.get("/api/templates");
        assertEquals(200, reply.status());
        return TemplateCodecV2.readList(reply.body());
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
        List<Template> templates = list();
        assertEquals(StarterTemplates.all().size(), templates.size());
        assertEquals(StarterTemplates.all().get(0).name(), templates.get(0).name());
        assertFalse(templates.get(0).id().isEmpty());
    }

    @Test
    void starter_templates_are_seeded_once_and_stay_deleted() {
        for (Template t : list()) {
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
        Template stored = TemplateCodecV2.read(created.body());
        assertFalse(stored.id().isEmpty());
        assertEquals(LEGS_TEMPLATE.withId(stored.id()), stored, "kinds, set types, supersets, notes, targets");
        assertEquals(stored, TemplateCodecV2.read(server.get("/api/templates/" + stored.id()).body()));
        assertEquals(stored, list().get(list().size() - 1));
    }

    @Test
    void PUT_replaces_the_content_and_keeps_the_id() {
        Template stored = TemplateCodecV2.read(server.post("/api/templates", LEGS).body());
        String renamed = TemplateCodecV2.write(new Template("ignored", "Leg day", "", stored.exercises()));
        Reply reply = server.put("/api/templates/" + stored.id(), renamed);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Leg day", TemplateCodecV2.read(server.get("/api/templates/" + stored.id()).body()).name());
        assertEquals(stored.id(), TemplateCodecV2.read(reply.body()).id());
    }

    @Test
    void DELETE_removes_it_and_unknown_ids_give_404() {
        Template stored = TemplateCodecV2.read(server.post("/api/templates", LEGS).body());
        assertEquals(204, server.delete("/api/templates/" + stored.id()).status());
        assertError(server.get("/api/templates/" + stored.id()), 404, "");
        assertError(server.delete("/api/templates/" + stored.id()), 404, "");
        assertError(server.put("/api/templates/nope", LEGS), 404, "");
    }

    @Test
    void PUT_order_reorders_the_list() {
        List<Template> before = list();
        String ids = "{\"ids\":[\"" + before.get(1).id() + "\",\"" + before.get(0).id() + "\"]}";
        assertEquals(204, server.put("/api/templates/order", ids).status());
        List<Template> after = list();
        assertEquals(before.get(1).id(), after.get(0).id());
        assertEquals(before.get(0).id(), after.get(1).id());
    }

    @Test
    void PUT_order_refuses_a_list_that_is_not_every_template_once() {
        List<Template> before = list();
        assertError(server.put("/api/templates/order", "{\"ids\":[\"" + before.get(0).id() + "\"]}"), 400, "ids");
        String twice = "{\"ids\":[\"" + before.get(0).id() + "\",\"" + before.get(0).id() + "\"]}";
        assertError(server.put("/api/templates/order", twice), 400, "ids");
        assertError(server.put("/api/templates/order", "{\"ids\":[1,2]}"), 400, "ids");
        assertEquals(before, list());
    }

    @Test
    void invalid_templates_get_400_naming_the_field_and_change_nothing() {
        List<Template> before = list();
        assertError(server.post("/api/templates", LEGS.replace("\"Legs\"", "\"\"")), 400, "name");
        assertError(server.post("/api/templates", LEGS.replace("\"reps\":5", "\"reps\":1001")), 400,
                "exercises[0].sets[0].targets.reps");
        assertError(server.post("/api/templates", LEGS.replace("102.5", "-1")), 400,
                "exercises[0].sets[1].targets.weight");
        assertError(server.post("/api/templates", LEGS.replace("180", "3601")), 400, "exercises[0].restSeconds");
        assertError(server.post("/api/templates", LEGS.replace("\"weight_reps\"", "\"yoga\"")), 400,
                "exercises[0].kind");
        assertError(server.post("/api/templates", LEGS.replace("\"warmup\"", "\"easy\"")), 400,
                "exercises[0].sets[0].type");
        assertError(server.post("/api/templates", LEGS.replace("\"Belt on\"", "\"" + "x".repeat(1001) + "\"")),
                400, "exercises[0].note");
        assertError(server.post("/api/templates", "{\"schema\":2,\"name\":\"x\",\"note\":\"\",\"exercises\":[]}"),
                400, "exercises");
        assertError(server.put("/api/templates/" + before.get(0).id(), LEGS.replace("\"Legs\"", "7")), 400, "name");
        assertEquals(before, list());
    }

    @Test
    void starter_templates_are_v2_with_a_plank_held_3_times_60_seconds() {
        TemplateExercise plank = list().get(0).exercises().stream().filter(e -> e.name().equals("Plank"))
                .findFirst().orElseThrow();
        assertEquals(ExerciseKind.DURATION, plank.kind());
        assertEquals(List.of(new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0)),
                new TemplateSet(SetType.NORMAL, new Targets(0, 0, 60, 0))), plank.sets());
        assertTrue(server.get("/api/templates").body().contains("\"schema\":2"));
    }

    @Test
    void a_target_field_the_kind_does_not_take_gets_400_naming_its_path() {
        List<Template> before = list();
        String plankWithReps = LEGS.replace("{\"durationSeconds\":60}", "{\"durationSeconds\":60,\"reps\":3}");
        assertError(server.post("/api/templates", plankWithReps), 400, "exercises[2].sets[0].targets.reps");
        String plankWithoutSeconds = LEGS.replace("{\"durationSeconds\":60}", "{}");
        assertError(server.post("/api/templates", plankWithoutSeconds), 400,
                "exercises[2].sets[0].targets.durationSeconds");
        String runWithWeight = LEGS.replace("\"distanceMeters\":2000.0", "\"distanceMeters\":2000.0,\"weight\":5");
        assertError(server.put("/api/templates/" + before.get(0).id(), runWithWeight), 400,
                "exercises[3].sets[0].targets.weight");
        assertEquals(before, list());
    }

    @Test
    void a_schema_1_body_gets_400_naming_schema_and_changes_nothing() {
        List<Template> before = list();
        String schemaOne = "{\"name\":\"Legs\",\"exercises\":[{\"name\":\"Squat\",\"restSeconds\":180,"
                + "\"sets\":[{\"reps\":5,\"weight\":102.5}]}]}";
        Reply posted = server.post("/api/templates", schemaOne);
        assertError(posted, 400, "schema");
        assertTrue(Json.parseObject(posted.body()).getString("error").contains("schema 2"), posted.body());
        assertError(server.put("/api/templates/" + before.get(0).id(), schemaOne), 400, "schema");
        assertError(server.post("/api/templates", LEGS.replace("\"schema\":2", "\"schema\":1")), 400, "schema");
        assertEquals(before, list());
    }

    /** Rows as the schema-1 release stored them (its export of its starters, each body without its id). */
    @Test
    void schema_1_rows_are_read_as_v2_with_names_sets_reps_weights_rest_and_order_kept() throws IOException {
        JsonArray old = Json.parseObject(resource("/fixtures/schema1-export.json")).getArray("templates");
        String user = server.database().read(h -> h.createQuery("SELECT user_id FROM templates LIMIT 1")
                .mapTo(String.class).one());
        server.database().write(h -> {
            h.execute("DELETE FROM templates");
            for (int i = 0; i < old.size(); i++) {
                JsonObject body = new JsonObject(old.getObject(i));
                body.remove("id");
                h.createUpdate("INSERT INTO templates (id, user_id, position, name, body, created_at, updated_at)"
                                + " VALUES (:id, :user, :position, :name, :body, 1, 1)")
                        .bind("id", "old-" + i).bind("user", user).bind("position", old.size() - i)
                        .bind("name", body.getString("name")).bind("body", Json.write(body)).execute();
            }
            return null;
        });
        List<Template> read = list();
        assertEquals(old.size(), read.size());
        for (int i = 0; i < old.size(); i++) {
            JsonObject was = old.getObject(old.size() - 1 - i);
            Template now = read.get(i);
            assertEquals("old-" + (old.size() - 1 - i), now.id(), "the stored order");
            assertEquals(was.getString("name"), now.name());
            JsonArray exercises = was.getArray("exercises");
            assertEquals(exercises.size(), now.exercises().size());
            for (int e = 0; e < exercises.size(); e++) {
                JsonObject plan = exercises.getObject(e);
                TemplateExercise upgraded = now.exercises().get(e);
                assertEquals(plan.getString("name"), upgraded.name());
                assertEquals(plan.getInt("restSeconds"), upgraded.restSeconds());
                assertEquals(ExerciseKind.WEIGHT_REPS, upgraded.kind());
                JsonArray sets = plan.getArray("sets");
                assertEquals(sets.size(), upgraded.sets().size());
                for (int k = 0; k < sets.size(); k++) {
                    assertEquals(new TemplateSet(SetType.NORMAL, new Targets(sets.getObject(k).getInt("reps"),
                            sets.getObject(k).getDouble("weight"), 0, 0)), upgraded.sets().get(k));
                }
            }
            assertEquals(now, TemplateCodecV2.read(server.get("/api/templates/" + now.id()).body()));
        }
        Template renamed = new Template("", "Renamed", "", read.get(0).exercises());
        assertEquals(200, server.put("/api/templates/" + read.get(0).id(), TemplateCodecV2.write(renamed)).status());
        assertEquals(renamed.withId(read.get(0).id()), list().get(0), "an upgraded row is stored in v2 when changed");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplatesApiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
