package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.spotter.imports.ImportPreview;
import app.spotter.imports.ImportPreviewCodec;
import app.spotter.imports.SkippedRow;
import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import com.grack.nanojson.JsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview: what a file would store, read exactly as the import reads it, with nothing stored. */
class ImportPreviewApiTest {
    private static final String STRONG = String.join("\n",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Zercher Carry Thing,1,60,lots,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Zercher Carry Thing,2,60,8,,,,,",
            "2024-01-17 07:05:10,Legs,45m,Squat (Barbell),1,140,3,,,,,");
    private static final String HEVY = String.join("\n",
            "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
                    + "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
                    + "\"duration_seconds\",\"rpe\"",
            "\"Core\",\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",\"\",\"Plank\",\"\",\"\",0,\"normal\",,,,90,");

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void startServer() {
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

    private int logged() {
        return Json.parseArray(server.get("/api/history").body()).size();
    }

    @Test
    void aStrongPreviewListsWorkoutsDatesMatchedAndCreatedExercisesAndSkippedRowsAndStoresNothing() {
        ApiClient.Reply reply = server.post("/api/import/strong/preview", body(STRONG));
        assertEquals(200, reply.status(), reply.body());
        ImportPreview preview = ImportPreviewCodec.read(reply.body());
        assertEquals(2, preview.workouts());
        assertEquals(2, preview.workoutsNew());
        assertEquals(1_705_343_400_000L, preview.firstStartedAt(), "2024-01-15 18:30 UTC");
        assertEquals(1_705_475_110_000L, preview.lastStartedAt(), "2024-01-17 07:05:10 UTC");
        assertEquals(Map.of("Bench Press (Barbell)", "Bench Press", "Squat (Barbell)", "Back Squat"), preview.matched());
        assertEquals(List.of("Zercher Carry Thing"), preview.created());
        assertEquals(List.of(3), preview.skipped().stream().map(SkippedRow::line).toList(), "the file's own line");
        assertEquals(0, logged(), "a preview stores nothing");
    }

    @Test
    void afterTheImportThePreviewOfTheSameFileSaysNothingIsNew() {
        assertEquals(200, server.post("/api/import/strong", body(STRONG)).status());
        ImportPreview again = ImportPreviewCodec.read(server.post("/api/import/strong/preview", body(STRONG)).body());
        assertEquals(2, again.workouts());
        assertEquals(0, again.workoutsNew(), "both already imported");
    }

    @Test
    void aHevyPreviewMatchesByNameAndAJsonExportPreviewCountsItsWorkouts() {
        ImportPreview hevy = ImportPreviewCodec.read(server.post("/api/import/hevy/preview", body(HEVY)).body());
        assertEquals(1, hevy.workouts());
        assertEquals(Map.of("Plank", "Plank"), hevy.matched());
        assertEquals(0, logged());

        assertEquals(200, server.post("/api/import/hevy", body(HEVY)).status());
        String export = server.get("/api/export").body();
        ApiClient other = server.addMember("other", "correct horse battery");
        ImportPreview json = ImportPreviewCodec.read(other.post("/api/import/preview", export).body());
        assertEquals(1, json.workouts());
        assertEquals(1, json.workoutsNew(), "new to the other account");
        assertEquals(0, Json.parseArray(other.get("/api/history").body()).size(), "nothing stored");
    }

    @Test
    void aFileThePreviewCannotReadIsRefusedAsTheImportRefusesIt() {
        ApiClient.Reply reply = server.post("/api/import/hevy/preview", body(STRONG));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(400, server.post("/api/import/strong/preview", body("Name,When\nBench,today")).status());
    }
}
