package app.spotter.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.server.db.Database;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.CapturedLog;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.TemplateDocs;
import app.spotter.server.templates.StarterTemplates;
import app.spotter.session.WorkoutSession;
import app.spotter.workout.SessionEdits;
import app.spotter.workout.SetEdits;
import app.spotter.workout.Stamp;
import app.spotter.workout.Template;
import app.spotter.workout.TemplateCodecV2;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.transfer.CsvExport;
import com.grack.nanojson.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded hostile bodies and ids at every write route, with real writes in between: no answer is a 5xx, every
 * refusal is JSON naming what is wrong, a run of refusals changes nothing stored, the log shows no server error,
 * and at the end every acknowledged write reads back and the file passes PRAGMA integrity_check. A few thousand
 * inputs in the default lane; scripts/soak sends 100,000 ({@code -Dspotter.soak.inputs}).
 */
class HostileRoutesSoakTest {
    private static final int INPUTS = Integer.getInteger("spotter.soak.inputs", 3000);
    private static final long SEED = Long.getLong("spotter.soak.seed", 15L);
    private static final int BATCH = 100;
    private static final int LANES = Integer.getInteger("spotter.soak.lanes", 2);
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    /** A write route: its method, its path, and a valid body to start mutating from (null: no body). */
    private record Route(String method, Supplier<String> path, String body, boolean anonymous) {
    }

    @Test
    void everyWriteRouteRefusesHostileInputCleanlyAndKeepsEveryAcknowledgedWrite() throws Exception {
        long begin = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<String>> lanes = new ArrayList<>();
        try (CapturedLog log = CapturedLog.start()) {
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = dir.resolve("lane" + lane);
                long seed = SEED + lane;
                int inputs = INPUTS / LANES + (lane < INPUTS % LANES ? 1 : 0);
                lanes.add(pool.submit(() -> lane(laneDir, seed, inputs)));
            }
            List<String> figures = new ArrayList<>();
            for (Future<String> lane : lanes) {
                figures.add(lane.get());
            }
            assertFalse(log.text().contains("\tat "), "no server error in the log: " + log.text());
            System.out.printf("hostile inputs: %d in %d lanes in %d s; %s%n", INPUTS, LANES,
                    (System.nanoTime() - begin) / 1_000_000_000L, String.join("; ", figures));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One server and one seeded stream of inputs; returns what it saw. */
    private static String lane(Path dir, long seed, int inputs) {
        try (RunningServer server = RunningServer.start(dir)) {
            ApiClient owner = server.owner();
            ApiClient anonymous = server.client();
            HostileDocuments hostile = new HostileDocuments(seed);
            List<Route> routes = routes(server, hostile);
            List<String> acknowledged = new ArrayList<>();
            Map<String, Integer> byStatus = new TreeMap<>();
            String previous = "";
            for (int sent = 0; sent < inputs; ) {
                String ack = "ack-" + sent;
                Workout real = finished(StarterTemplates.all().get(sent % 2), ack, T0 + sent * 1000L);
                ApiClient.Reply logged = owner.post("/api/workouts", WorkoutCodec.write(real));
                assertEquals(201, logged.status(), logged.body());
                acknowledged.add(ack);
                String before = state(owner);
                boolean changed = false;
                for (int i = 0; i < BATCH && sent < inputs; i++, sent++) {
                    Route route = routes.get(hostile.random().nextInt(routes.size()));
                    ApiClient client = route.anonymous() ? anonymous : owner;
                    byte[] body = route.body() == null ? new byte[0] : hostile.mutate(route.body());
                    String path = route.path().get();
                    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
                    String what = route.method() + " " + path + " " + text.substring(0, Math.min(200, text.length()));
                    ApiClient.Reply reply;
                    try {
                        reply = client.send(client.jsonRequest(path).method(route.method(),
                                HttpRequest.BodyPublishers.ofByteArray(body)));
                    } catch (IllegalStateException noAnswer) {
                        throw new AssertionError("no answer to " + what + " after " + previous, noAnswer);
                    }
                    byStatus.merge(route.method() + " " + reply.status(), 1, Integer::sum);
                    previous = what + " -> " + reply;
                    assertTrue(reply.status() < 500, what + " -> " + reply);
                    if (reply.status() >= 400) {
                        assertTrue(reply.contentType().startsWith("application/json"), what + " -> " + reply);
                        assertFalse(Json.parseObject(reply.body()).getString("error", "").isBlank(), what);
                    } else {
                        changed = true;
                    }
                }
                if (!changed) {
                    assertEquals(before, state(owner), "a run of refused writes changed nothing stored");
                }
            }
            for (String id : acknowledged) {
                assertEquals(200, owner.get("/api/workouts/" + id).status(), "acknowledged workout " + id);
            }
            // The file check is SQLite's; on PostgreSQL (the api-on-postgresql lane) the engine owns its pages.
            if (server.database().dialect() == Database.Dialect.SQLITE) {
                String check = server.database().read(h -> h.createQuery("PRAGMA integrity_check")
                        .mapTo(String.class).one());
                assertEquals("ok", check);
            }
            return inputs + " inputs across " + routes.size() + " routes, acknowledged writes read back: "
                    + acknowledged.size() + ", answers " + byStatus;
        }
    }

    private static List<Route> routes(RunningServer server, HostileDocuments hostile) {
        ApiClient owner = server.owner();
        Template plan = TemplateCodecV2.readList(owner.get("/api/templates").body()).get(0);
        String template = TemplateCodecV2.write(StarterTemplates.all().get(0));
        String draft = WorkoutCodec.write(SetEdits.completeSet(SessionEdits.start(plan,
                "soak-draft", new Stamp(T0, 0, "a"), T0), "e0", "e0.s0", new Stamp(T0 + 1000, 0, "a"), T0 + 1000));
        assertEquals(200, owner.put("/api/session-draft?baseRevision=0", draft).status());
        String logged = WorkoutCodec.write(finished(plan, "soak-logged", T0 - 86_400_000L));
        assertEquals(201, owner.post("/api/workouts", logged).status());
        WorkoutTemplate planV1 = TemplateDocs.v1(plan);
        String export = ExportCodec.write(new ExportCodec.Export(T0, List.of(planV1),
                List.of(finishedV1(planV1, "soak-import", T0 - 2 * 86_400_000L))));
        JsonObject strong = new JsonObject();
        strong.put("csv", CsvExport.write(List.of(finishedV1(planV1, "soak-strong", T0 - 3 * 86_400_000L)), 0));
        strong.put("unit", "kg");
        strong.put("utcOffsetMinutes", 60);
        ApiClient.Reply member = owner.post("/api/users", ApiClient.credentials("sam", "sam's long password"));
        assertEquals(201, member.status());
        String samId = Json.parseObject(member.body()).getString("id");
        String order = "{\"ids\":" + Json.write(TemplateCodecV2.readList(owner.get("/api/templates").body()).stream()
                .map(Template::id).collect(java.util.stream.Collectors.toCollection(
                        com.grack.nanojson.JsonArray::new))) + "}";
        String exercise = "{\"name\":\"Soak Press\",\"kind\":\"weight_reps\",\"muscle\":\"chest\",\"equipment\":\"\"}";
        ApiClient.Reply custom = owner.post("/api/custom-exercises", exercise);
        assertEquals(201, custom.status(), custom.body());
        String customId = Json.parseObject(custom.body()).getString("id");
        String merge = "{\"from\":\"Soak Row\",\"into\":\"" + customId + "\"}";
        return List.of(
                new Route("POST", () -> "/api/custom-exercises", exercise.replace("Soak Press", "Soak Pull"), false),
                new Route("PUT", () -> "/api/custom-exercises/" + customId, exercise, false),
                new Route("DELETE", () -> "/api/custom-exercises/" + hostile.hostileId(), null, false),
                new Route("POST", () -> "/api/exercises/merge", merge, false),
                new Route("POST", () -> "/api/templates", template, false),
                new Route("PUT", () -> "/api/templates/" + plan.id(), template, false),
                new Route("PUT", () -> "/api/templates/order", order, false),
                new Route("DELETE", () -> "/api/templates/" + hostile.hostileId(), null, false),
                new Route("PUT", () -> "/api/session-draft?baseRevision=1", draft, false),
                new Route("PUT", () -> "/api/session-draft?baseRevision=0&replace=true", draft, false),
                new Route("DELETE", () -> "/api/session-draft/" + hostile.hostileId(), null, false),
                new Route("POST", () -> "/api/workouts", logged, false),
                new Route("POST", () -> "/api/workouts/soak-logged/amend", logged, false),
                new Route("DELETE", () -> "/api/workouts/" + hostile.hostileId(), null, false),
                new Route("POST", () -> "/api/import", export, false),
                new Route("POST", () -> "/api/import/strong", Json.write(strong), false),
                new Route("POST", () -> "/api/users", ApiClient.credentials("member", "member's password"), false),
                new Route("PUT", () -> "/api/users/" + samId + "/password", "{\"password\":\"a new long password\"}",
                        false),
                new Route("DELETE", () -> "/api/users/" + hostile.hostileId(), null, false),
                new Route("POST", () -> "/api/auth/login", ApiClient.credentials("sam", "sam's long password"), true),
                new Route("POST", () -> "/api/auth/setup", ApiClient.credentials("eve", "eve's long password"), true));
    }

    /** What the owner has stored: templates, draft, the newest workouts, the household. */
    private static String state(ApiClient owner) {
        return owner.get("/api/templates").body() + owner.get("/api/session-draft").body()
                + owner.get("/api/history?limit=200").body() + owner.get("/api/users").body();
    }

    private static Workout finished(Template plan, String id, long start) {
        Workout started = SessionEdits.start(plan, id, new Stamp(start, 0, "a"), start);
        Workout done = SetEdits.completeSet(started, "e0", "e0.s0", new Stamp(start + 1000, 0, "a"), start + 1000);
        return SessionEdits.finish(done, new Stamp(start + 60_000, 0, "a"), start + 60_000);
    }

    // What the first release exported and what Strong files look like: the imports still read them.
    private static WorkoutSession finishedV1(WorkoutTemplate plan, String id, long start) {
        return WorkoutSession.start(plan, id, start).completeSet(0, 0, start + 1000).finish(start + 60_000);
    }
}
