package app.spotter.server.history;

import static app.spotter.server.support.SessionDocs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.server.support.ApiClient;
import app.spotter.server.support.RunningServer;
import app.spotter.server.support.SessionDocs;
import app.spotter.workout.ExerciseEdits;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.SetEdits;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import app.spotter.workout.WorkoutExercise;
import app.spotter.workout.WorkoutSet;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export version 2, import of versions 1 and 2, the CSV by kind, and Strong and Hevy import on model 2. */
class TransferApiTest {
    private static final long T0 = 1_704_067_200_000L;
    private static final String STRONG = String.join("\n",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),1,100,5,,,,,",
            "2024-01-15 18:30:00,Push,1h 5m,Bench Press (Barbell),2,100,4,,,,,",
            "2024-01-17 07:05:10,Legs,45m,Squat (Barbell),1,140,3,,,,,");
    private static final String HEVY = String.join("\n",
            "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
                    + "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_lbs\",\"reps\",\"distance_km\","
                    + "\"duration_seconds\",\"rpe\"",
            "\"Push A\",\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",\"New PR\",\"Bench Press (Barbell)\",\"\","
                    + "\"Elbows in\",0,\"warmup\",95,10,,,",
            "\"Push A\",\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",\"New PR\",\"Bench Press (Barbell)\",\"\","
                    + "\"Elbows in\",1,\"normal\",185,5,,,8.5",
            "\"Push A\",\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",\"New PR\",\"Plank\",\"\",\"\",0,\"normal\",,,,90,",
            "\"Push A\",\"4 Mar 2024, 18:05\",\"4 Mar 2024, 19:10\",\"New PR\",\"Treadmill\",\"\",\"\",0,\"cooldown\","
                    + ",,1,300,",
            "\"Legs\",\"6 Mar 2024, 07:00\",\"6 Mar 2024, 08:00\",\"\",\"Squat (Barbell)\",\"\",\"\",0,\"normal\","
                    + "225,5,,,");

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

    private static String strongBody(String csv) {
        return JsonWriter.string().object().value("csv", csv).value("unit", "kg").value("utcOffsetMinutes", 60)
                .end().done();
    }

    private List<Workout> log(ApiClient client) {
        return WorkoutCodec.readList(client.get("/api/workouts").body());
    }

    @Test
    void jsonExportIsVersion2AndImportedByAnotherUserRoundTripsExactly() {
        Workout w = SessionDocs.finish(SessionDocs.complete(SessionDocs.start("w1", T0, "a"), 0, 0,
                at(T0 + 1000, "a")), at(T0 + 60_000, "a"));
        server.post("/api/workouts", SessionDocs.json(w));
        String exported = server.get("/api/export").body();
        assertEquals(2, Json.parseObject(exported).getInt("version"));
        ExportCodecV2.Export export = ExportCodecV2.read(exported);
        assertEquals(2, export.templates().size());
        assertEquals(List.of(w), export.workouts());

        ApiClient sam = server.addMember("Sam", "sams password");
        JsonObject outcome = Json.parseObject(sam.post("/api/import", exported).body());
        assertEquals(1, outcome.getInt("workoutsAdded"));
        ExportCodecV2.Export samsCopy = ExportCodecV2.read(sam.get("/api/export").body());
        assertEquals(export.workouts(), samsCopy.workouts());
        assertEquals(export.templates().get(0).exercises(), samsCopy.templates().get(2).exercises());
        JsonObject again = Json.parseObject(sam.post("/api/import", exported).body());
        assertEquals(0, again.getInt("workoutsAdded"), "importing again adds no workout twice");
        assertEquals(1, again.getInt("workoutsAlreadyThere"));
        assertEquals(export.templates(), ExportCodecV2.read(server.get("/api/export").body()).templates(),
                "the owner's templates are untouched by Sam's import");
    }

    @Test
    void aVersion1ExportFromThePreviousReleaseIsUpgradedOnImport() throws IOException {
        String v1;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema1-export.json")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ApiClient.Reply reply = server.post("/api/import", v1);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(2, Json.parseObject(reply.body()).getInt("workoutsAdded"));
        List<Workout> expected = ExportCodecV2.read(v1).workouts();
        assertEquals(List.of(expected.get(1), expected.get(0)), log(server.owner()), "newest first, set for set");
        assertEquals(0, Json.parseObject(server.post("/api/import", v1).body()).getInt("workoutsAdded"));
    }

    @Test
    void strongCsvImportsOnceWithThePreviousReleasesIdsAndReimportingAddsNothing() {
        JsonObject first = Json.parseObject(server.post("/api/import/strong", strongBody(STRONG)).body());
        assertEquals(2, first.getInt("workoutsAdded"));
        JsonObject second = Json.parseObject(server.post("/api/import/strong", strongBody(STRONG)).body());
        assertEquals(0, second.getInt("workoutsAdded"));
        assertEquals(2, second.getInt("workoutsAlreadyThere"));
        // The ids the previous release's Strong import gave these two workouts (its date|name fingerprint).
        List<String> previousRelease = List.of("strong-1a913d16ecceead8", "strong-a0aa2ae5c674a58c");
        assertEquals(previousRelease, log(server.owner()).stream().map(Workout::sessionId).sorted().toList(),
                "a file the previous release imported adds nothing twice now");
        assertEquals(2, Json.parseArray(server.get("/api/history").body()).size());
        String csv = server.get("/api/export/csv?utcOffsetMinutes=60").body();
        assertTrue(csv.contains("2024-01-15 18:30:00,Push,1h 5m,"), csv);
        assertTrue(csv.contains(",1,100,5,,,,,\n") && csv.contains(",2,100,4,,,,,\n"), csv);
    }

    @Test
    void theCsvExportWritesEachKindInItsColumnsAndSetTypesAsStrongDoes() {
        Workout w = SessionDocs.start("kinds", T0, "a");
        w = SetEdits.setType(w, "e0", "e0.s0", SetType.WARMUP, at(T0 + 1, "a"));
        w = SessionDocs.complete(w, 0, 0, at(T0 + 2, "a"));
        w = SetEdits.setRpe(w, "e0", "e0.s1", 8.5, at(T0 + 3, "a"));
        w = SessionDocs.complete(w, 0, 1, at(T0 + 4, "a"));
        w = ExerciseEdits.addExercise(w, "x1", "Rowing machine", ExerciseKind.DISTANCE_DURATION, 60, at(T0 + 5, "a"));
        w = SetEdits.addSet(w, "x1", "x1.s0", at(T0 + 6, "a"));
        w = SetEdits.setDistance(w, "x1", "x1.s0", 2000, at(T0 + 7, "a"));
        w = SetEdits.setDuration(w, "x1", "x1.s0", 480, at(T0 + 8, "a"));
        w = SetEdits.completeSet(w, "x1", "x1.s0", at(T0 + 9, "a"), T0 + 9);
        w = SessionDocs.finish(w, at(T0 + 600_000, "a"));
        assertEquals(201, server.post("/api/workouts", SessionDocs.json(w)).status());
        String csv = server.get("/api/export/csv").body();
        String[] lines = csv.split("\n");
        assertEquals("Date,Workout Name,Duration,Exercise Name,Set Order,Weight (kg),Reps,Distance (meters),Seconds,"
                + "Notes,Workout Notes,RPE", lines[0]);
        assertEquals(4, lines.length, csv);
        assertTrue(lines[1].endsWith(",Bench press,W,60,8,,,,,"), lines[1]);
        assertTrue(lines[2].endsWith(",Bench press,1,62.5,8,,,,,8.5"), lines[2]);
        assertTrue(lines[3].endsWith(",Rowing machine,1,,,2000,480,,,"), lines[3]);
    }

    @Test
    void ourCsvExportIsReadBackByTheStrongImport() {
        Workout w = SessionDocs.start("round", T0, "a");
        w = SessionDocs.complete(w, 0, 0, at(T0 + 1000, "a"));
        w = SessionDocs.complete(w, 0, 1, at(T0 + 2000, "a"));
        w = SessionDocs.finish(w, at(T0 + 3_723_000, "a"));
        assertEquals(201, server.post("/api/workouts", SessionDocs.json(w)).status());
        String csv = server.get("/api/export/csv?utcOffsetMinutes=60").body();

        ApiClient sam = server.addMember("Sam", "sams password");
        JsonObject outcome = Json.parseObject(sam.post("/api/import/strong", strongBody(csv)).body());
        assertEquals(1, outcome.getInt("workoutsAdded"), outcome.toString());
        assertEquals(0, outcome.getInt("skippedRows"), outcome.toString());
        Workout back = log(sam).get(0);
        assertEquals(w.startedAt(), back.startedAt());
        assertEquals(w.durationSeconds() / 60 * 60, back.durationSeconds(), "Strong's durations are in minutes");
        assertEquals(w.setsDone(), back.setsDone());
        assertEquals(w.volumeKg(), back.volumeKg(), 1e-9);
    }

    @Test
    void aRowThatCannotBeReadIsListedWithItsLineAndTheRestIsImported() {
        String bad = STRONG + "\n2024-01-18 07:00:00,Legs,45m,Squat (Barbell),1,lots,3,,,,,";
        ApiClient.Reply reply = server.post("/api/import/strong", strongBody(bad));
        assertEquals(200, reply.status(), reply.body());
        JsonObject outcome = Json.parseObject(reply.body());
        assertEquals(2, outcome.getInt("workoutsAdded"));
        assertEquals(1, outcome.getInt("skippedRows"));
        assertEquals(5, outcome.getArray("skipped").getObject(0).getInt("line"));
        assertTrue(outcome.getArray("skipped").getObject(0).getString("reason").contains("lots"), reply.body());
    }

    @Test
    void hevyCsvImportsEveryKindInItsOwnUnitListsWhatItCannotReadAndAddsNothingTwice() {
        String body = JsonWriter.string().object().value("csv", HEVY).value("utcOffsetMinutes", 0).end().done();
        ApiClient.Reply reply = server.post("/api/import/hevy", body);
        assertEquals(200, reply.status(), reply.body());
        JsonObject outcome = Json.parseObject(reply.body());
        assertEquals(2, outcome.getInt("workoutsAdded"));
        assertEquals(1, outcome.getInt("skippedRows"));
        assertEquals(5, outcome.getArray("skipped").getObject(0).getInt("line"), "the file's own line");
        assertTrue(outcome.getArray("skipped").getObject(0).getString("reason").contains("cooldown"), reply.body());

        List<Workout> logged = log(server.owner());
        Workout push = logged.get(1);
        assertEquals("Push A", push.nameValue());
        assertEquals("New PR", push.noteValue());
        assertEquals(65 * 60, push.durationSeconds());
        List<WorkoutSet> bench = push.visibleExercises().get(0).visibleSets();
        assertEquals(SetType.WARMUP, bench.get(0).typeValue());
        assertEquals(185 * 0.45359237, bench.get(1).weightValue(), 0.01, "weight_lbs read as pounds");
        assertEquals(8.5, bench.get(1).rpeValue());
        WorkoutExercise plank = push.visibleExercises().get(1);
        assertEquals(ExerciseKind.DURATION, plank.kind());
        assertEquals(90, plank.visibleSets().get(0).durationValue());

        JsonObject again = Json.parseObject(server.post("/api/import/hevy", body).body());
        assertEquals(0, again.getInt("workoutsAdded"), "importing again adds nothing twice");
        assertEquals(2, again.getInt("workoutsAlreadyThere"));
    }

    @Test
    void aStrongFileSentAsHevyIsRefusedNamingHevyAndNothingIsImported() {
        String body = JsonWriter.string().object().value("csv", STRONG).value("utcOffsetMinutes", 0).end().done();
        ApiClient.Reply reply = server.post("/api/import/hevy", body);
        assertEquals(400, reply.status(), reply.body());
        assertTrue(Json.parseObject(reply.body()).getString("error").contains("not a Hevy export"), reply.body());
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size(), "nothing half-way");
    }

    @Test
    void aStrongFileWithUPlus0000IsRefusedAndNothingIsImported() {
        String bad = STRONG + "\n2024-01-18 07:00:00,Le\u0000gs,45m,Squat (Barbell),1,100,3,,,,,";
        ApiClient.Reply reply = server.post("/api/import/strong", strongBody(bad));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("csv", Json.parseObject(reply.body()).getString("field"), reply.body());
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size(), "nothing imported");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedAndNothingIsImported() {
        ApiClient.Reply reply = server.post("/api/import/strong", strongBody("Name,When\nBench,today"));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(Json.parseObject(reply.body()).getString("error").toLowerCase().contains("strong"), reply.body());
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size(), "nothing half-way");
        assertEquals(400, server.post("/api/import", "{\"format\":\"other\"}").status());
        for (String path : new String[] {"/api/import", "/api/import/strong"}) {
            ApiClient.Reply empty = server.post(path, "");
            assertEquals(400, empty.status(), path + ": " + empty.body());
            assertFalse(Json.parseObject(empty.body()).getString("error", "").isBlank(), empty.body());
        }
        String v2 = server.get("/api/export").body().replace("\"workouts\":[]",
                "\"workouts\":[" + SessionDocs.json(SessionDocs.start("unfinished", T0, "a")) + "]");
        ApiClient.Reply unfinished = server.post("/api/import", v2);
        assertEquals(400, unfinished.status(), unfinished.body());
        assertEquals("workouts[0].finishedAt", Json.parseObject(unfinished.body()).getString("field"));
    }
}
