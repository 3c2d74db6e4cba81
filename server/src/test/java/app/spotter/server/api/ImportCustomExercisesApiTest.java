package app.spotter.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.CustomExerciseCodec;
import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportPreviewCodec;
import app.spotter.imports.ImportReport;
import app.spotter.imports.ImportReportCodec;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.ApiClient.Reply;
import app.spotter.server.support.RunningServer;
import com.grack.nanojson.JsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import stores the exercise names neither the catalog nor the user knew as custom exercises (issue 11). */
class ImportCustomExercisesApiTest {
    private static final String HEADER =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
    private static final String FIRST = String.join("\n", HEADER,
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Tire Flip Thing,1,60,8,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Wall Hold Thing,1,,,,45,,,");
    private static final String SECOND = String.join("\n", HEADER,
            "2024-02-15 18:30:00,Push,1h 5m,tire-flip THING,1,70,8,,,,,");

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

    private static String body(String csv) {
        return JsonWriter.string().object().value("csv", csv).value("unit", "kg").value("utcOffsetMinutes", 0)
                .end().done();
    }

    private List<CustomExercise> custom() {
        return CustomExerciseCodec.readList(server.get("/api/custom-exercises").body());
    }

    private ImportReport importStrong(String csv) {
        Reply reply = server.post("/api/import/strong", body(csv));
        assertEquals(200, reply.status(), reply.body());
        return ImportReportCodec.read(reply.body());
    }

    @Test
    void the_import_not_the_preview_stores_unknown_names_with_the_kind_of_their_sets() {
        ImportPreview preview = ImportPreviewCodec.read(server.post("/api/import/strong/preview", body(FIRST)).body());
        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), preview.created());
        assertTrue(custom().isEmpty(), "a preview stores nothing");

        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), importStrong(FIRST).created());
        List<CustomExercise> stored = custom();
        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), stored.stream().map(CustomExercise::name).toList());
        assertEquals("weight_reps", stored.get(0).kind());
        assertEquals("duration", stored.get(1).kind());
    }

    @Test
    void a_name_the_user_has_as_a_custom_exercise_is_matched_to_it_and_not_created_again() {
        importStrong(FIRST);
        ImportPreview preview = ImportPreviewCodec.read(server.post("/api/import/strong/preview", body(SECOND))
                .body());
        assertEquals(List.of(), preview.created());
        assertEquals(Map.of("tire-flip THING", "Tire Flip Thing"), preview.matched());
        assertEquals(List.of(), importStrong(SECOND).created());
        assertEquals(2, custom().size());
        assertEquals(2, Json.parseArray(server.get("/api/progress?exercise=Tire%20Flip%20Thing").body()).size(),
                "both workouts under the custom exercise's name");
    }

    @Test
    void a_spotter_export_brings_its_custom_exercises_into_another_account() {
        importStrong(FIRST);
        ApiClient sam = server.addMember("sam", RunningServer.PASSWORD);
        ImportPreview preview = ImportPreviewCodec.read(sam.post("/api/import/preview", server.get("/api/export")
                .body()).body());
        assertEquals(Map.of("Bench Press", "Bench Press"), preview.matched(), "stored under the catalog name");
        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), preview.created());
        assertTrue(CustomExerciseCodec.readList(sam.get("/api/custom-exercises").body()).isEmpty(),
                "a preview stores nothing");
        Reply imported = sam.post("/api/import", server.get("/api/export").body());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), ImportReportCodec.read(imported.body()).created());
        assertEquals(List.of("Tire Flip Thing", "Wall Hold Thing"), CustomExerciseCodec.readList(
                sam.get("/api/custom-exercises").body()).stream().map(CustomExercise::name).toList());
        assertEquals(List.of(), ImportReportCodec.read(sam.post("/api/import", server.get("/api/export").body())
                .body()).created(), "a second import adds none");
        ImportPreview again = ImportPreviewCodec.read(sam.post("/api/import/preview", server.get("/api/export")
                .body()).body());
        assertEquals(List.of(), again.created(), "the names are the account's custom exercises now");
        assertEquals("Tire Flip Thing", again.matched().get("Tire Flip Thing"));
    }
}
