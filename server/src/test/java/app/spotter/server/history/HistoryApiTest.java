package app.spotter.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.json.Json;
import app.spotter.json.SessionCodec;
import app.spotter.server.support.RunningServer;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.ExercisePlan;
import app.spotter.templates.SetTarget;
import app.spotter.templates.WorkoutTemplate;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryApiTest {
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;
    private static final long DAY = 86_400_000L;
    private static final WorkoutTemplate BENCH = new WorkoutTemplate("t", "Bench day", List.of(
            new ExercisePlan("Bench press", 120, List.of(new SetTarget(5, 100), new SetTarget(5, 100))),
            new ExercisePlan("Row", 90, List.of(new SetTarget(8, 60)))));

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

    private WorkoutSession log(String id, long start, int reps, double weight) {
        WorkoutSession w = WorkoutSession.start(BENCH, id, start).editSet(0, 0, reps, weight, start + 1)
                .completeSet(0, 0, start + 2).completeSet(0, 1, start + 3).completeSet(1, 0, start + 4)
                .finish(start + 1_800_000);
        assertEquals(201, server.post("/api/workouts", SessionCodec.write(w)).status());
        return w;
    }

    @Test
    void historyListsSummariesNewestFirstAPageAtATime() {
        log("a", MONDAY, 5, 100);
        log("b", MONDAY + DAY, 5, 100);
        log("c", MONDAY + 2 * DAY, 5, 100);
        JsonArray first = Json.parseArray(server.get("/api/history?limit=2").body());
        assertEquals(2, first.size());
        JsonObject newest = first.getObject(0);
        assertEquals("c", newest.getString("id"));
        assertEquals("Bench day", newest.getString("name"));
        assertEquals(1800, newest.getLong("durationSeconds"));
        assertEquals(3, newest.getInt("setsDone"));
        assertEquals(500 + 500 + 480, newest.getDouble("volumeKg"), 1e-9);
        JsonArray next = Json.parseArray(server.get("/api/history?limit=2&before="
                + first.getObject(1).getLong("startedAt")).body());
        assertEquals(List.of("a"), next.stream().map(o -> ((JsonObject) o).getString("id")).toList());
    }

    @Test
    void aWorkoutsSummaryMarksRecordsAgainstEarlierWorkoutsOnly() {
        log("a", MONDAY, 5, 100);
        log("b", MONDAY + DAY, 5, 110);
        log("c", MONDAY + 2 * DAY, 8, 90);
        JsonObject b = Json.parseObject(server.get("/api/workouts/b/summary").body());
        assertEquals(1800, b.getLong("durationSeconds"));
        assertEquals(3, b.getInt("setsPlanned"));
        JsonArray records = b.getArray("records");
        assertTrue(records.stream().anyMatch(r -> "heaviest_weight".equals(((JsonObject) r).getString("kind"))
                && ((JsonObject) r).getDouble("value") == 110), records.toString());
        JsonObject a = Json.parseObject(server.get("/api/workouts/a/summary").body());
        assertEquals(0, a.getArray("records").size(), "the first workout has nothing to beat");
        assertEquals("Bench press", a.getArray("bestSets").getObject(0).getString("exercise"));
    }

    @Test
    void lastTimeGivesThePreviousSetsOfAnExerciseByName() {
        log("a", MONDAY, 5, 100);
        log("b", MONDAY + DAY, 3, 115);
        JsonObject last = Json.parseObject(server.get("/api/exercises/last?name=bench%20PRESS&name=Squat").body());
        JsonArray bench = last.getArray("bench PRESS");
        assertEquals(2, bench.size());
        assertEquals(3, bench.getObject(0).getInt("reps"));
        assertEquals(115.0, bench.getObject(0).getDouble("weight"));
        assertEquals(0, last.getArray("Squat").size());
    }

    @Test
    void progressGivesTopWeightAndOneRepMaxPerWorkoutAndVolumePerWeek() {
        log("a", MONDAY, 5, 100);
        log("b", MONDAY + DAY, 5, 110);
        log("c", MONDAY + 8 * DAY, 5, 120);
        JsonArray points = Json.parseArray(server.get("/api/progress?exercise=Bench%20press").body());
        assertEquals(3, points.size());
        assertEquals(110.0, points.getObject(1).getDouble("topWeight"));
        assertEquals(120 * (1 + 5 / 30.0), points.getObject(2).getDouble("estimatedOneRepMax"), 1e-9);
        JsonArray weeks = Json.parseArray(server.get("/api/progress/weekly?utcOffsetMinutes=0").body());
        assertEquals(2, weeks.size());
        assertEquals(MONDAY, weeks.getObject(0).getLong("weekStart"));
        assertEquals(List.of("Row", "Bench press"), Json.parseArray(server.get("/api/exercises").body()).stream()
                .map(Object::toString).sorted((x, y) -> y.compareTo(x)).toList());
        assertEquals(400, server.get("/api/progress").status());
    }

    @Test
    void deletingAWorkoutRemovesItFromHistoryAndProgress() {
        log("a", MONDAY, 5, 100);
        assertEquals(204, server.delete("/api/workouts/a").status());
        assertEquals(0, Json.parseArray(server.get("/api/history").body()).size());
        assertEquals(0, Json.parseArray(server.get("/api/progress?exercise=Bench%20press").body()).size());
        assertEquals(404, server.delete("/api/workouts/a").status());
    }
}
