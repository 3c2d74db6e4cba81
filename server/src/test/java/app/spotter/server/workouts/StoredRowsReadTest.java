package app.spotter.server.workouts;

import static app.spotter.server.support.SessionDocs.at;
import static app.spotter.server.support.SessionDocs.complete;
import static app.spotter.server.support.SessionDocs.finish;
import static app.spotter.server.support.SessionDocs.json;
import static app.spotter.server.support.SessionDocs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.validation.Limits;
import app.spotter.workout.TemplateCodecV2;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows the server stored are read by their shape only, not against today's input limits: a row that a tighter
 * limit (or a new rule) would refuse as input still answers 200, unchanged, instead of turning a stored workout,
 * template or draft into a 400.
 */
class StoredRowsReadTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final String LONG_NAME = "Long name ".repeat(Limits.NAME_MAX_CHARS / 10 + 5).trim();

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(T0 + 3_600_000);
    private RunningServer server;

    @BeforeEach
    void startServer() {
        server = RunningServer.start(dir.resolve("spotter.db"), now::get).setUpOwner();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Changes the stored body of one row behind the server's back and answers the body as stored now. */
    private JsonObject rewrite(String table, String idColumn, String id, Consumer<JsonObject> change) {
        return server.database().write(h -> {
            JsonObject body = Json.parseObject(h.createQuery("SELECT body FROM " + table + " WHERE " + idColumn
                    + " = :id").bind("id", id).mapTo(String.class).one());
            change.accept(body);
            h.createUpdate("UPDATE " + table + " SET body = :body WHERE " + idColumn + " = :id")
                    .bind("body", Json.write(body)).bind("id", id).execute();
            return body;
        });
    }

    private static JsonObject answered(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return Json.parseObject(reply.body());
    }

    @Test
    void a_logged_workout_with_a_name_over_the_limit_answers_200_as_stored() {
        String finished = json(finish(complete(start("w-1", T0, "a"), 0, 0, at(T0 + 1000, "a")),
                at(T0 + 60_000, "a")));
        assertEquals(201, server.post("/api/workouts", finished).status());
        JsonObject stored = rewrite("workouts", "session_id", "w-1", body -> body.put("name", LONG_NAME));

        assertEquals(stored, answered(server.get("/api/workouts/w-1")));
        JsonArray page = Json.parseArray(server.get("/api/workouts").body());
        assertEquals(stored, page.getObject(0), "the history page");
        assertEquals(200, server.get("/api/export").status(), "the export");
    }

    @Test
    void a_template_with_more_sets_than_the_limit_answers_200_as_stored() {
        Reply created = server.post("/api/templates", TemplateCodecV2.write(SessionDocs.pushDay()));
        assertEquals(201, created.status(), created.body());
        String id = TemplateCodecV2.read(created.body()).id();
        JsonObject stored = rewrite("templates", "id", id, body -> {
            JsonArray sets = body.getArray("exercises").getObject(0).getArray("sets");
            while (sets.size() <= Limits.SETS_MAX) {
                sets.add(sets.get(0));
            }
        });
        stored.put("id", id);

        assertEquals(stored, answered(server.get("/api/templates/" + id)));
        JsonArray list = Json.parseArray(server.get("/api/templates").body());
        assertEquals(stored, list.getObject(list.size() - 1), "the template list");
    }

    @Test
    void a_session_draft_with_a_name_over_the_limit_answers_200_as_stored() {
        assertEquals(200, server.put("/api/session-draft?baseRevision=0", json(start("d-1", T0, "a"))).status());
        JsonObject stored = rewrite("session_draft", "session_id", "d-1", body -> body.put("name", LONG_NAME));

        assertEquals(stored, answered(server.get("/api/session-draft")));
    }

    @Test
    void renaming_a_custom_exercise_reaches_stored_rows_over_the_limits() {
        String finished = json(finish(complete(start("w-1", T0, "a"), 0, 0, at(T0 + 1000, "a")),
                at(T0 + 60_000, "a")));
        assertEquals(201, server.post("/api/workouts", finished).status());
        assertEquals(200, server.put("/api/session-draft?baseRevision=0", json(start("d-1", T0, "a"))).status());
        Consumer<JsonObject> overTheLimit = body -> {
            body.put("name", LONG_NAME);
            body.getArray("exercises").getObject(0).put("name", "Tire Flip Thing");
        };
        rewrite("workouts", "session_id", "w-1", overTheLimit);
        rewrite("session_draft", "session_id", "d-1", overTheLimit);
        Reply added = server.post("/api/custom-exercises", CustomExerciseCodec.writeNew(
                new CustomExercise("", "Tire Flip Thing", "weight_reps", "", "", 0)));
        assertEquals(201, added.status(), added.body());

        Reply renamed = server.put("/api/custom-exercises/" + CustomExerciseCodec.read(added.body()).id(),
                CustomExerciseCodec.writeNew(new CustomExercise("", "Tire Flip Heavy", "weight_reps", "", "", 0)));

        assertEquals(200, renamed.status(), "a stored row is not input: " + renamed.body());
        for (String path : new String[] {"/api/workouts/w-1", "/api/session-draft"}) {
            JsonObject body = answered(server.get(path));
            assertEquals(LONG_NAME, body.getString("name"), path);
            assertEquals("Tire Flip Heavy", body.getArray("exercises").getObject(0).getString("name"), path);
        }
    }
}
