package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.history.KindMeasures;
import app.spotter.history.LoggedWorkout;
import app.spotter.history.PersonalRecord;
import app.spotter.history.PersonalRecords;
import app.spotter.json.Json;
import app.spotter.server.support.RunningServer;
import app.spotter.workout.ExerciseKind;
import app.spotter.workout.SetType;
import app.spotter.workout.Workout;
import app.spotter.workout.WorkoutCodec;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryApiTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;

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

    private Workout log(Workout workout) {
        var reply = server.post("/api/workouts", WorkoutCodec.write(workout));
        assertEquals(201, reply.status(), reply.body());
        return workout;
    }

    /** Bench press (reps x kg, then 5 x 100) and a row of 8 x 60, half an hour. */
    private Workout bench(String id, long start, int reps, double weight) {
        return log(LoggedWorkout.named(id, "Bench day", start).exercise("Bench press", ExerciseKind.WEIGHT_REPS)
                .reps(reps, weight).reps(5, 100).exercise("Row", ExerciseKind.WEIGHT_REPS).reps(8, 60).finish(1800));
    }

    private JsonObject summary(String id) {
        var reply = server.get("/api/workouts/" + id + "/summary");
        assertEquals(200, reply.status(), reply.body());
        return Json.parseObject(reply.body());
    }

    private static List<String> strings(JsonArray array, String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(array.getObject(i).getString(key));
        }
        return out;
    }

    @Test
    void historyListsSummariesNewestFirstAPageAtATime() {
        bench("a", MONDAY, 5, 100);
        bench("b", MONDAY + DAY, 5, 100);
        bench("c", MONDAY + 2 * DAY, 5, 100);
        JsonArray first = Json.parseArray(server.get("/api/history?limit=2").body());
        assertEquals(List.of("c", "b"), strings(first, "id"));
        JsonObject newest = first.getObject(0);
        assertEquals("Bench day", newest.getString("name"));
        assertEquals(1800, newest.getLong("durationSeconds"));
        assertEquals(3, newest.getInt("setsDone"));
        assertEquals(500 + 500 + 480, newest.getDouble("volumeKg"), 1e-9);
        JsonArray next = Json.parseArray(server.get("/api/history?limit=2&before="
                + first.getObject(1).getLong("startedAt")).body());
        assertEquals(List.of("a"), strings(next, "id"));
    }

    @Test
    void aWorkoutsSummaryMarksRecordsAgainstEarlierWorkoutsOnly() {
        bench("a", MONDAY, 5, 100);
        bench("b", MONDAY + DAY, 5, 110);
        bench("c", MONDAY + 2 * DAY, 8, 90);
        JsonObject b = summary("b");
        assertEquals(1800, b.getLong("durationSeconds"));
        assertEquals(3, b.getInt("setsPlanned"));
        JsonArray records = b.getArray("records");
        JsonObject heaviest = records.getObject(strings(records, "kind").indexOf("heaviest_weight"));
        assertEquals(110.0, heaviest.getDouble("value"), records.toString());
        assertEquals(100.0, heaviest.getDouble("previous"));
        assertEquals("weight_reps", heaviest.getString("exerciseKind"));
        assertEquals("kg", heaviest.getString("unit"));
        JsonObject a = summary("a");
        assertEquals(0, a.getArray("records").size(), "the first workout has nothing to beat");
        JsonObject best = a.getArray("bestSets").getObject(0);
        assertEquals("Bench press", best.getString("exercise"));
        assertEquals("weight_reps", best.getString("kind"));
        assertEquals(100.0 * (1 + 5 / 30.0), best.getDouble("estimatedOneRepMax"), 1e-9);
        assertEquals(404, server.get("/api/workouts/nope/summary").status());
    }

    /** Every kind's records, from the server's indexed rows, equal those the shared model finds in the documents. */
    @Test
    void recordsOfEveryKindMatchTheSharedRuleOverTheDocuments() {
        List<Workout> logged = new ArrayList<>();
        logged.add(log(LoggedWorkout.started("a", MONDAY).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0)
                .exercise("Pull-up", ExerciseKind.BODYWEIGHT_REPS).reps(10, 0).reps(5, 5)
                .exercise("Assisted dip", ExerciseKind.ASSISTED).reps(8, 30)
                .exercise("Burpee", ExerciseKind.REPS_ONLY).reps(15, 0)
                .exercise("Farmer's walk", ExerciseKind.WEIGHT_DURATION).timed(40, 0, 32)
                .exercise("Squat", ExerciseKind.WEIGHT_REPS).reps(5, 100).finish(3600)));
        Workout now = log(LoggedWorkout.started("b", MONDAY + DAY).exercise("plank", ExerciseKind.DURATION)
                .set(SetType.WARMUP, 0, 0, 120, 0, true).timed(75, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1080, 4000, 0).timed(3300, 10_000, 0)
                .exercise("Pull-up", ExerciseKind.BODYWEIGHT_REPS).reps(12, 0).reps(4, 10)
                .exercise("Assisted dip", ExerciseKind.ASSISTED).reps(8, 20)
                .exercise("Burpee", ExerciseKind.REPS_ONLY).reps(20, 0)
                .exercise("Farmer's walk", ExerciseKind.WEIGHT_DURATION).timed(30, 0, 40).timed(60, 0, 24)
                .exercise("Squat", ExerciseKind.WEIGHT_REPS).set(SetType.WARMUP, 5, 140, 0, 0, true).reps(3, 105)
                .reps(7, 100).finish(3600));
        List<PersonalRecord> expected = PersonalRecords.set(now, logged);
        assertEquals(13, expected.size(), expected.toString());
        JsonArray records = summary("b").getArray("records");
        assertEquals(expected.size(), records.size(), records.toString());
        for (int i = 0; i < expected.size(); i++) {
            PersonalRecord want = expected.get(i);
            JsonObject got = records.getObject(i);
            assertEquals(want.exercise(), got.getString("exercise"));
            assertEquals(want.kind().wireName(), got.getString("kind"));
            assertEquals(want.exerciseKind().wireName(), got.getString("exerciseKind"));
            assertEquals(KindMeasures.unit(want.kind()), got.getString("unit"));
            assertEquals(want.value(), got.getDouble("value"), 1e-9, want.toString());
            assertEquals(want.previous(), got.getDouble("previous"), 1e-9, want.toString());
            assertEquals(want.durationSeconds(), got.getInt("durationSeconds"));
            assertEquals(want.distanceMeters(), got.getDouble("distanceMeters"), 1e-9);
        }
        JsonObject hold = records.getObject(strings(records, "kind").indexOf("longest_hold"));
        assertEquals(75.0, hold.getDouble("value"), "the 120 s warm-up hold counts toward nothing");
        assertEquals("s", hold.getString("unit"));
        JsonObject pace = records.getObject(strings(records, "kind").indexOf("best_pace"));
        assertEquals(270.0, pace.getDouble("value"), 1e-9);
    }

    @Test
    void warmUpsCountNoVolumeAndBestSetsFollowTheirKind() {
        log(LoggedWorkout.started("a", MONDAY).exercise("Squat", ExerciseKind.WEIGHT_REPS)
                .set(SetType.WARMUP, 5, 60, 0, 0, true).reps(5, 100).set(SetType.DROP, 10, 70, 0, 0, true)
                .exercise("Dip", ExerciseKind.BODYWEIGHT_REPS).reps(10, 5)
                .exercise("Plank", ExerciseKind.DURATION).timed(45, 0, 0).timed(90, 0, 0).finish(1800));
        JsonObject a = summary("a");
        assertEquals(500 + 700 + 50, a.getDouble("volumeKg"), 1e-9);
        assertEquals(500 + 700 + 50, Json.parseArray(server.get("/api/history").body()).getObject(0)
                .getDouble("volumeKg"), 1e-9);
        JsonArray best = a.getArray("bestSets");
        assertEquals(List.of("Squat", "Dip", "Plank"), strings(best, "exercise"));
        assertEquals(100.0, best.getObject(0).getDouble("weight"), "not the warm-up");
        assertEquals("duration", best.getObject(2).getString("kind"));
        assertEquals(90, best.getObject(2).getInt("durationSeconds"));
        assertEquals(0.0, best.getObject(2).getDouble("estimatedOneRepMax"));
    }

    @Test
    void lastTimeGivesThePreviousSetsByNameWithTheirKindsFields() {
        bench("a", MONDAY, 5, 100);
        bench("b", MONDAY + DAY, 3, 115);
        log(LoggedWorkout.started("c", MONDAY + 2 * DAY).exercise("Run", ExerciseKind.DISTANCE_DURATION)
                .set(SetType.WARMUP, 0, 0, 300, 1000, true).timed(1500, 5000, 0).finish(1800));
        JsonObject last = Json.parseObject(server.get("/api/exercises/last?name=bench%20PRESS&name=Squat&name=run")
                .body());
        JsonArray bench = last.getArray("bench PRESS");
        assertEquals(2, bench.size());
        assertEquals(3, bench.getObject(0).getInt("reps"));
        assertEquals(115.0, bench.getObject(0).getDouble("weight"));
        assertEquals("weight_reps", bench.getObject(0).getString("kind"));
        assertEquals(0, last.getArray("Squat").size());
        JsonArray run = last.getArray("run");
        assertEquals(List.of("warmup", "normal"), strings(run, "type"));
        assertEquals(5000.0, run.getObject(1).getDouble("distanceMeters"));
        assertEquals(1500, run.getObject(1).getInt("durationSeconds"));
        assertEquals("distance_duration", run.getObject(1).getString("kind"));
    }

    @Test
    void progressGivesTopWeightAndOneRepMaxPerWorkoutAndVolumePerWeek() {
        bench("a", MONDAY, 5, 100);
        bench("b", MONDAY + DAY, 5, 110);
        bench("c", MONDAY + 8 * DAY, 5, 120);
        JsonArray points = Json.parseArray(server.get("/api/progress?exercise=Bench%20press").body());
        assertEquals(3, points.size());
        assertEquals(110.0, points.getObject(1).getDouble("topWeight"));
        assertEquals(120 * (1 + 5 / 30.0), points.getObject(2).getDouble("estimatedOneRepMax"), 1e-9);
        assertEquals("weight_reps", points.getObject(2).getString("kind"));
        assertEquals(120.0, points.getObject(2).getDouble("value"));
        JsonArray weeks = Json.parseArray(server.get("/api/progress/weekly?utcOffsetMinutes=0").body());
        assertEquals(2, weeks.size());
        assertEquals(MONDAY, weeks.getObject(0).getLong("weekStart"));
        assertEquals(List.of("Row", "Bench press"), Json.parseArray(server.get("/api/exercises").body()).stream()
                .map(Object::toString).sorted((x, y) -> y.compareTo(x)).toList());
        assertEquals(400, server.get("/api/progress").status());
    }

    @Test
    void progressOfAHoldOrARunIsItsKindsFiguresAndAKindCanBeAskedFor() {
        log(LoggedWorkout.started("a", MONDAY).exercise("Plank", ExerciseKind.DURATION).timed(60, 0, 0)
                .exercise("Run", ExerciseKind.DISTANCE_DURATION).timed(1500, 5000, 0).timed(240, 1000, 0)
                .finish(3600));
        log(LoggedWorkout.started("b", MONDAY + DAY).exercise("Plank", ExerciseKind.DURATION)
                .set(SetType.WARMUP, 0, 0, 200, 0, true).timed(80, 0, 0).finish(600));
        log(LoggedWorkout.started("c", MONDAY + 2 * DAY).exercise("Plank", ExerciseKind.REPS_ONLY).reps(3, 0)
                .finish(600));
        JsonArray run = Json.parseArray(server.get("/api/progress?exercise=run").body());
        assertEquals(1, run.size());
        JsonObject point = run.getObject(0);
        assertEquals("distance_duration", point.getString("kind"));
        assertEquals(5000.0, point.getDouble("value"));
        assertEquals("m", point.getString("unit"));
        assertEquals(240.0, point.getDouble("secondValue"), 1e-9);
        assertEquals("s/km", point.getString("secondUnit"));
        assertEquals(0.0, point.getDouble("topWeight"));
        JsonArray latest = Json.parseArray(server.get("/api/progress?exercise=Plank").body());
        assertEquals("reps_only", latest.getObject(0).getString("kind"), "the latest kind by default");
        JsonArray holds = Json.parseArray(server.get("/api/progress?exercise=Plank&kind=duration").body());
        assertEquals(List.of(60.0, 80.0), List.of(holds.getObject(0).getDouble("value"),
                holds.getObject(1).getDouble("value")), "the warm-up hold is left out");
        var bad = server.get("/api/progress?exercise=Plank&kind=yoga");
        assertEquals(400, bad.status());
        assertEquals("kind", Json.parseObject(bad.body()).getString("field"));
    }

    @Test
    void deletingAWorkoutRemovesItFromHistoryAndProgress() {
        bench("a", MONDAY, 5, 100);
        assertEquals(204, server.delete("/api/workouts/a").status());
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size());
        assertEquals(0, Json.parseArray(server.get("/api/progress?exercise=Bench%20press").body()).size());
        assertEquals(404, server.delete("/api/workouts/a").status());
        assertTrue(Json.parseArray(server.get("/api/exercises").body()).isEmpty());
    }
}
