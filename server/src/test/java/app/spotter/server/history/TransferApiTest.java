package app.spotter.server.history;

import app.spotter.server.support.TemplateDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.ExportCodec;
import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferApiTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final String STRONG = String.join("\n",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),2,100,4,,,,,",
            "2024-01-17 07:05:10,Legs,45m,Squat (Barbell),1,140,3,,,,,");

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

    private static String strongBody(String csv) {
        return JsonWriter.string().object().value("csv", csv).value("unit", "kg").value("utcOffsetMinutes", 60)
                .end().done();
    }

    @Test
    void jsonExportImportedByAnotherUserRoundTripsExactly() {
        WorkoutTemplate template = TemplateDocs.v1List(server.get("/api/templates").body()).get(0);
        WorkoutSession w = WorkoutSession.start(template, "w1", T0).completeSet(0, 0, T0 + 1000).finish(T0 + 60_000);
        server.post("/api/workouts", SessionCodec.write(w));
        String exported = server.get("/api/export").body();
        ExportCodec.Export export = ExportCodec.read(exported);
        assertEquals(2, export.templates().size());
        assertEquals(w, export.workouts().get(0));

        ApiClient sam = server.addMember("Sam", "sams password");
        JsonObject outcome = Json.parseObject(sam.post("/api/import", exported).body());
        assertEquals(1, outcome.getInt("workoutsAdded"));
        ExportCodec.Export samsCopy = ExportCodec.read(sam.get("/api/export").body());
        assertEquals(export.workouts(), samsCopy.workouts());
        assertEquals(export.templates().get(0).exercises(), samsCopy.templates().get(2).exercises());
        JsonObject again = Json.parseObject(sam.post("/api/import", exported).body());
        assertEquals(0, again.getInt("workoutsAdded"), "importing again adds no workout twice");
        assertEquals(1, again.getInt("workoutsAlreadyThere"));
        assertEquals(template, app.spotter.json.TemplateCodec.read(server.get("/api/templates/" + template.id())
                .body()), "the owner's template with that id is untouched by Sam's import");
    }

    @Test
    void strongCsvImportsOnceAndReimportingAddsNothing() {
        JsonObject first = Json.parseObject(server.post("/api/import/strong", strongBody(STRONG)).body());
        assertEquals(2, first.getInt("workoutsAdded"));
        JsonObject second = Json.parseObject(server.post("/api/import/strong", strongBody(STRONG)).body());
        assertEquals(0, second.getInt("workoutsAdded"));
        assertEquals(2, second.getInt("workoutsAlreadyThere"));
        assertEquals(2, Json.parseArray(server.get("/api/history").body()).size());
        String csv = server.get("/api/export/csv?utcOffsetMinutes=60").body();
        assertTrue(csv.contains("2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5"), csv);
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndNothingIsImported() {
        String bad = STRONG + "\n2024-01-18 07:00:00,Legs,45m,Squat (Barbell),1,lots,3,,,,,";
        ApiClient.Reply reply = server.post("/api/import/strong", strongBody(bad));
        assertEquals(400, reply.status());
        JsonObject error = Json.parseObject(reply.body());
        assertEquals("line 5", error.getString("field"));
        assertTrue(error.getString("error").contains("line 5"), error.getString("error"));
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size(), "nothing half-way");
        assertEquals(400, server.post("/api/import", "{\"format\":\"other\"}").status());
    }
}
